package io.shuzhi.followup;

import io.shuzhi.account.Caller;
import io.shuzhi.rectification.Problem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@Tag(name = "Problems", description = "Problem lists, rectification and close-out (问题清单、整改、销号)")
class ReportProblemsApiController {

    private final CritiqueProblems critiqueProblems;

    ReportProblemsApiController(CritiqueProblems critiqueProblems) {
        this.critiqueProblems = critiqueProblems;
    }

    @PostMapping("/api/reports/{id}/problems/raise")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Turn the report's PROBLEMS items into tracked problems (source REPORT); answers the ids created now")
    List<Long> raise(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
        return critiqueProblems.raiseFromReport(caller, id).stream().map(Problem::id).toList();
    }
}
