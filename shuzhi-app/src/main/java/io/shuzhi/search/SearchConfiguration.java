package io.shuzhi.search;

import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The embedded Lucene index under {@code <dataDir>/search} ({@code shuzhi.search.dir} overrides). A test context
 * with its own database ({@code shuzhi.db.isolated}) gets an index in memory, so contexts never share one.
 * Declaring another {@link SearchIndex} bean (OpenSearch in a cluster) replaces this one.
 */
@Configuration(proxyBeanMethods = false)
class SearchConfiguration {

    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean(SearchIndex.class)
    LuceneSearchIndex luceneSearchIndex(@Value("${shuzhi.search.dir:${shuzhi.db.data-dir:./data}/search}") String dir,
                                        @Value("${shuzhi.db.isolated:false}") boolean isolated) throws IOException {
        Directory directory;
        if (isolated) {
            directory = new ByteBuffersDirectory();
        } else {
            Path path = Path.of(dir);
            Files.createDirectories(path);
            directory = FSDirectory.open(path);
        }
        return new LuceneSearchIndex(directory);
    }
}
