package io.shuzhi.search;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar shuzhi-app.jar --shuzhi.search.rebuild=true}: rebuilds the index from the database and exits,
 * for a restored backup or a lost index directory, without opening the application to users.
 */
@Component
@ConditionalOnProperty(name = "shuzhi.search.rebuild", havingValue = "true")
class SearchRebuildRunner implements ApplicationRunner {

    private final SearchService search;
    private final ConfigurableApplicationContext context;

    SearchRebuildRunner(SearchService search, ConfigurableApplicationContext context) {
        this.search = search;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        long count = search.rebuild();
        System.out.println("search index rebuilt: " + count + " documents");
        System.exit(SpringApplication.exit(context, () -> 0));
    }
}
