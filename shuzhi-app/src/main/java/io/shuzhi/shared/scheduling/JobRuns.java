package io.shuzhi.shared.scheduling;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.UUID;

/**
 * The log of scheduled runs ({@code job_run}): which job ran on which node and when (database time). Operators
 * read it to see that nightly work happened, and exactly once, when several nodes share the database.
 */
@Component
public class JobRuns {

    private final JdbcClient jdbc;
    private final String node;

    JobRuns(JdbcClient jdbc, @Value("${shuzhi.node-id:}") String configuredNode) {
        this.jdbc = jdbc;
        this.node = configuredNode == null || configuredNode.isBlank() ? defaultNode() : configuredNode;
    }

    /** This node's name in the log: {@code shuzhi.node-id}, or the host name plus a per-start suffix. */
    public String node() {
        return node;
    }

    public void record(String job) {
        jdbc.sql("INSERT INTO job_run (job, node, ran_at) VALUES (:job, :node, clock_timestamp())")
                .param("job", job).param("node", node).update();
    }

    private static String defaultNode() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "node";
        }
        // two nodes on one host (or two starts of one) must still be told apart
        return host + "-" + UUID.randomUUID().toString().substring(0, 6);
    }
}
