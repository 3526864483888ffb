package io.shuzhi.search;

import io.shuzhi.account.Caller;
import io.shuzhi.account.Scope;
import io.shuzhi.organization.Organization;
import io.shuzhi.organization.OrganizationService;
import io.shuzhi.shared.ForbiddenException;
import io.shuzhi.shared.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

import java.util.List;
import java.util.Optional;

/**
 * Search as the features use it. Features index their documents here when they change (after their transaction
 * commits) and offer them all for a rebuild as {@link SearchDocumentSource} beans. Queries are bound to the
 * caller's scope: a document outside it is never a hit, and filtering by an organization the caller cannot see
 * is a 404, as everywhere else.
 */
@Service
public class SearchService {

    private static final Logger log = LoggerFactory.getLogger(SearchService.class);

    private final SearchIndex index;
    private final OrganizationService organizations;
    private final ObjectProvider<SearchDocumentSource> sources;

    SearchService(SearchIndex index, OrganizationService organizations, ObjectProvider<SearchDocumentSource> sources) {
        this.index = index;
        this.organizations = organizations;
        this.sources = sources;
    }

    public SearchResults search(Caller caller, String text, Integer year, Long organizationId, SearchKind kind, int limit) {
        Scope scope = caller.scope();
        String subtree = null;
        if (organizationId != null) {
            subtree = organizations.find(scope, organizationId).map(Organization::path)
                    .orElseThrow(() -> new NotFoundException("Organization", organizationId));
        }
        if (text == null || text.isBlank()) {
            return SearchResults.EMPTY;
        }
        List<String> scopePaths = scope.global() ? null
                : scope.rootIds().stream().map(id -> organizations.find(Scope.ALL, id)).flatMap(Optional::stream)
                .map(Organization::path).toList();
        return index.search(new SearchQuery(text, year, subtree, kind, scopePaths, limit));
    }

    /** Adds or replaces one document; {@code organizationId} must exist. */
    public void index(SearchKind kind, long id, String title, String text, Integer year, long organizationId) {
        Organization org = organizations.find(Scope.ALL, organizationId)
                .orElseThrow(() -> new NotFoundException("Organization", organizationId));
        index.put(List.of(new SearchDocument(kind, id, title, text, year, organizationId, org.path())));
    }

    public void index(List<SearchDocument> documents) {
        index.put(documents);
    }

    public void remove(SearchKind kind, long id) {
        index.remove(kind, id);
    }

    /** Rebuilds the index from every feature's documents; only an administrator may. */
    public long rebuild(Caller caller) {
        if (!caller.isAdmin()) {
            throw new ForbiddenException("search.rebuild-requires-admin", "只有系统管理员可以重建检索索引 / Only an administrator can rebuild the search index");
        }
        return rebuild();
    }

    long rebuild() {
        long started = System.nanoTime();
        long count = index.rebuild(sink -> sources.orderedStream().forEach(source -> source.offerAll(sink)));
        log.info("search index rebuilt: {} documents in {} ms", count, (System.nanoTime() - started) / 1_000_000);
        return count;
    }
}
