/**
 * Chinese full-text search over reports, critiques, problems and commitments. Features hand documents in
 * through {@link io.shuzhi.search.SearchService} and offer them for a rebuild as
 * {@link io.shuzhi.search.SearchDocumentSource} beans; queries are always limited to the caller's scope.
 * The engine sits behind {@link io.shuzhi.search.SearchIndex} (Lucene here; OpenSearch could replace it).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"account", "organization", "shared"})
package io.shuzhi.search;
