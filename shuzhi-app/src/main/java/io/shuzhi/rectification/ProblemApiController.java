package io.shuzhi.rectification;

import io.shuzhi.account.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

@RestController
@RequestMapping("/api/problems")
@Tag(name = "Problems", description = "Problem lists, rectification and close-out (问题清单、整改、销号)")
class ProblemApiController {

    private final ProblemService service;
    private final EvidenceService evidence;
    private final RectificationProperties properties;
    private final Clock clock;

    ProblemApiController(ProblemService service, EvidenceService evidence, RectificationProperties properties, Clock clock) {
        this.service = service;
        this.evidence = evidence;
        this.properties = properties;
        this.clock = clock;
    }

    @PostMapping
    @Operation(summary = "Record a problem; the answer lists last year's similar problems of the same organization")
    ResponseEntity<CreatedResponse> create(@AuthenticationPrincipal Caller caller, @Valid @RequestBody ProblemRequest request) {
        ProblemService.Created created = service.create(caller, request.toNew());
        Problem p = created.problem();
        var location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(p.id()).toUri();
        return ResponseEntity.created(location).body(new CreatedResponse(p.id(), p.number(), p.status(), created.similar()));
    }

    @PostMapping("/raise")
    @Operation(summary = "Turn several points (critique points, a report's PROBLEMS section) into problems in one action; "
            + "the five clear fields are to be completed with PUT /api/problems/{id}")
    ResponseEntity<List<ProblemResponse>> raise(@AuthenticationPrincipal Caller caller, @Valid @RequestBody RaiseRequest request) {
        return ResponseEntity.status(201).body(service.raiseFrom(caller, request.source(), request.sourceRef(), request.organizationId(),
                request.descriptions()).stream().map(this::response).toList());
    }

    @GetMapping
    @Operation(summary = "Problems in the caller's scope, below organizationId (inclusive), optionally one status or only overdue ones")
    List<ProblemResponse> list(@AuthenticationPrincipal Caller caller, @RequestParam(required = false) Long organizationId,
                               @RequestParam(required = false) ProblemStatus status, @RequestParam(defaultValue = "false") boolean overdue) {
        return service.list(caller, organizationId, status, overdue).stream().map(this::response).toList();
    }

    @GetMapping("/{id}")
    ProblemResponse get(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
        return response(service.get(caller, id));
    }

    @GetMapping("/{id}/events")
    @Operation(summary = "The problem's ledger: every transition with actor and reason")
    List<ProblemEvent> events(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
        return service.events(caller, id);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Fill in or correct the five clear fields (not once closed)")
    ProblemResponse revise(@AuthenticationPrincipal Caller caller, @PathVariable long id, @Valid @RequestBody ProblemRequest request) {
        return response(service.revise(caller, id, request.toNew()));
    }

    @PostMapping("/{id}/start")
    @Operation(summary = "Start rectification (OPEN, RETURNED or REOPENED → IN_PROGRESS)")
    ProblemResponse start(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
        return response(service.start(caller, id));
    }

    @PostMapping(path = "/{id}/evidence", consumes = "multipart/form-data")
    @Operation(summary = "Upload evidence (pdf, png/jpeg/gif, docx, xlsx, txt; checked by content; a new revision each time)")
    EvidenceResponse upload(@AuthenticationPrincipal Caller caller, @PathVariable long id, @RequestPart("file") MultipartFile file) {
        try {
            Evidence e = evidence.upload(caller, id, file.getOriginalFilename(), file.getSize(), file.getInputStream());
            return new EvidenceResponse(e.id(), e.revision(), e.fileName(), e.contentType(), e.sha256(), e.sizeBytes(), e.uploadedAt());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GetMapping("/{id}/evidence")
    List<EvidenceResponse> evidence(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
        return evidence.list(caller, id).stream().map(e -> new EvidenceResponse(e.id(), e.revision(), e.fileName(),
                e.contentType(), e.sha256(), e.sizeBytes(), e.uploadedAt())).toList();
    }

    @PostMapping("/{id}/request-close")
    @Operation(summary = "Ask the level above to close the problem out")
    ProblemResponse requestClose(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
        return response(service.requestClose(caller, id));
    }

    @PostMapping("/{id}/close")
    @Operation(summary = "Close out (销号): only a user of the level above (403 otherwise), with evidence (409 otherwise) and a reason")
    ProblemResponse close(@AuthenticationPrincipal Caller caller, @PathVariable long id, @Valid @RequestBody ReasonRequest request) {
        return response(service.closeOut(caller, id, request.reason()));
    }

    @PostMapping("/{id}/return")
    @Operation(summary = "Refuse close-out and return the problem to its owner (level above, with a reason)")
    ProblemResponse returnToOwner(@AuthenticationPrincipal Caller caller, @PathVariable long id, @Valid @RequestBody ReasonRequest request) {
        return response(service.returnToOwner(caller, id, request.reason()));
    }

    @PostMapping("/{id}/reopen")
    @Operation(summary = "Reopen a closed problem (level above, with a reason)")
    ProblemResponse reopen(@AuthenticationPrincipal Caller caller, @PathVariable long id, @Valid @RequestBody ReasonRequest request) {
        return response(service.reopen(caller, id, request.reason()));
    }

    private ProblemResponse response(Problem p) {
        LocalDate today = LocalDate.now(clock);
        return new ProblemResponse(p.id(), p.number(), p.organizationId(), p.source(), p.sourceRef(), p.description(),
                p.rootCause(), p.severity(), p.responsiblePerson(), p.measures(), p.standard(), p.dueDate(), p.status(),
                p.overdue(today), p.overdueDays(today), p.stale(clock.instant(), properties.staleDays()), p.createdAt(),
                p.lastActivityAt(), p.closedAt(), p.closedBy(), p.closeReason());
    }

    record ProblemRequest(@NotNull Long organizationId, @NotNull ProblemSource source, @Size(max = 200) String sourceRef,
                          @NotBlank @Size(max = 4000) String description, @Size(max = 4000) String rootCause, Severity severity,
                          @NotBlank @Size(max = 100) String responsiblePerson, @NotBlank @Size(max = 4000) String measures,
                          @NotBlank @Size(max = 4000) String standard, @NotNull LocalDate dueDate) {
        NewProblem toNew() {
            return new NewProblem(organizationId, source, sourceRef, description, rootCause, severity, responsiblePerson,
                    measures, standard, dueDate);
        }
    }

    record RaiseRequest(@NotNull Long organizationId, @NotNull ProblemSource source, @Size(max = 200) String sourceRef,
                        @jakarta.validation.constraints.NotEmpty List<@NotBlank @Size(max = 4000) String> descriptions) {
    }

    record ReasonRequest(@NotBlank @Size(max = 2000) String reason) {
    }

    record CreatedResponse(long id, String number, ProblemStatus status, List<SimilarProblem> similar) {
    }

    record EvidenceResponse(long id, int revision, String fileName, String contentType, String sha256, long size, Instant uploadedAt) {
    }

    record ProblemResponse(long id, String number, long organizationId, ProblemSource source, String sourceRef,
                           String description, String rootCause, Severity severity, String responsiblePerson,
                           String measures, String standard, LocalDate dueDate, ProblemStatus status, boolean overdue,
                           long overdueDays, boolean stale, Instant createdAt, Instant lastActivityAt, Instant closedAt,
                           String closedBy, String closeReason) {
    }
}
