package io.shuzhi.workrecord.training;

import io.shuzhi.workrecord.summary.ActivitySubjects;

import io.shuzhi.account.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

@RestController
@Tag(name = "Trainings", description = "Courses with participants per role, and the population coverage is measured against")
class TrainingApiController {

    private final TrainingService service;
    private final ActivitySubjects subjects;

    TrainingApiController(TrainingService service, ActivitySubjects subjects) {
        this.service = service;
        this.subjects = subjects;
    }

    @PostMapping("/api/trainings")
    @Operation(summary = "Record a course: participants is a map role → headcount, e.g. {\"VILLAGE_PRINCIPAL\": 40}")
    ResponseEntity<Training> create(@AuthenticationPrincipal Caller caller, @Valid @RequestBody TrainingRequest request) {
        Training created = service.record(caller, request.organizationId(), request.title(), request.startDate(), request.endDate(),
                request.participants());
        var location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(created.id()).toUri();
        return ResponseEntity.created(location).body(created);
    }

    @GetMapping("/api/trainings/{id}")
    @Operation(summary = "One course")
    Training get(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
        return service.get(caller, id);
    }

    @GetMapping("/api/trainings")
    @Operation(summary = "Courses of a year in a subtree")
    List<Training> list(@AuthenticationPrincipal Caller caller, @RequestParam(required = false) Long organizationId, @RequestParam int year) {
        return service.list(subjects.filter(caller, organizationId, null, year));
    }

    @PutMapping("/api/training-population/{organizationId}/{role}")
    @Operation(summary = "Set how many people of a role should be trained in an organization")
    ResponseEntity<Void> population(@AuthenticationPrincipal Caller caller, @PathVariable long organizationId,
                                    @PathVariable TrainingRole role, @Valid @RequestBody PopulationRequest request) {
        service.setPopulation(caller, organizationId, role, request.headcount());
        return ResponseEntity.noContent().build();
    }

    record TrainingRequest(@NotNull Long organizationId, @NotBlank @Size(max = 300) String title, @NotNull LocalDate startDate,
                           LocalDate endDate, @NotEmpty Map<TrainingRole, @NotNull @Min(1) Integer> participants) {
    }

    record PopulationRequest(@NotNull @Min(0) Integer headcount) {
    }
}
