package io.shuzhi.search;

import io.shuzhi.account.Caller;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** Full-text search over what the caller may read, and the administrator's rebuild. */
@RestController
@RequestMapping("/api/search")
class SearchApiController {

    private final SearchService search;

    SearchApiController(SearchService search) {
        this.search = search;
    }

    record HitResponse(SearchKind kind, long id, String title, String snippet, float score) {
    }

    record SearchResponse(long total, List<HitResponse> hits) {
    }

    record RebuildResponse(long documents) {
    }

    @GetMapping
    SearchResponse search(@AuthenticationPrincipal Caller caller, @RequestParam(defaultValue = "") String q,
                          @RequestParam(required = false) Integer year, @RequestParam(required = false) Long organizationId,
                          @RequestParam(required = false) SearchKind kind, @RequestParam(defaultValue = "20") int limit) {
        SearchResults results = search.search(caller, q, year, organizationId, kind, limit);
        return new SearchResponse(results.total(), results.hits().stream()
                .map(h -> new HitResponse(h.kind(), h.id(), h.title(), h.snippet(), h.score())).toList());
    }

    @PostMapping("/rebuild")
    RebuildResponse rebuild(@AuthenticationPrincipal Caller caller) {
        return new RebuildResponse(search.rebuild(caller));
    }
}
