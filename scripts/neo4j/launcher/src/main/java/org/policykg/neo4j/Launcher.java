package org.policykg.neo4j;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * A Neo4j 5 community server embedded in one small program, so developers and
 * tests need only Java 17 and Maven (no Docker, no tarball).
 *
 * <p>Bolt (which also accepts WebSocket clients on the same port) listens on
 * {@code --listen}:{@code --port}; authentication is on and the {@code neo4j}
 * user's password is set to {@code --password} on every start, so the given
 * password is always the one that works. Data lives in {@code --data}. The
 * shutdown hook closes the databases cleanly on SIGINT/SIGTERM.
 *
 * <p>Prints exactly one line {@code Neo4j ready at bolt://HOST:PORT} once Bolt
 * accepts connections; scripts wait for that text.
 */
public final class Launcher {
    private Launcher() {}

    record Options(String listen, int port, Path data, String password, long pageCacheMb, boolean stopOnStdinClose) {}

    public static void main(String[] args) throws Exception {
        Options options = parse(args);
        Files.createDirectories(options.data());
        Path importDir = options.data().resolve("import").toAbsolutePath();
        Files.createDirectories(importDir);

        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(options.data())
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(options.listen(), options.port()))
                .setConfig(BoltConnector.advertised_address, new SocketAddress(options.listen(), options.port()))
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                // A local development server: allow short passwords such as test ones.
                .setConfig(GraphDatabaseSettings.auth_minimum_password_length, 1)
                // Laptop-sized memory: tests run alongside on small machines.
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(options.pageCacheMb()))
                // Embedded Neo4j leaves LOAD CSV unconfined (file:/// reads from the filesystem root);
                // confine it to <data>/import as a packaged server does.
                .setConfig(GraphDatabaseSettings.load_csv_file_url_root, importDir)
                .build();

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("Neo4j stopping");
            dbms.shutdown();
            System.out.println("Neo4j stopped");
            stopped.countDown();
        }, "neo4j-shutdown"));

        if (options.stopOnStdinClose()) stopWhenStdinCloses();
        setPassword(dbms, options.password());
        waitForBolt(options);
        String host = options.listen().equals("0.0.0.0") ? "127.0.0.1" : options.listen();
        System.out.println("Neo4j ready at bolt://" + host + ":" + options.port());
        System.out.flush();
        stopped.await();
    }

    /**
     * For throw-away servers started by test runners: when the parent goes away
     * (even killed), our stdin pipe closes and the server shuts down cleanly.
     */
    private static void stopWhenStdinCloses() {
        Thread watcher = new Thread(() -> {
            try {
                while (System.in.read() != -1) {
                    // ignore input; only end-of-file matters
                }
            } catch (IOException ignored) {
                // a broken pipe means the same as end-of-file
            }
            System.out.println("Neo4j: stdin closed, shutting down");
            System.exit(0);
        }, "neo4j-stdin-watcher");
        watcher.setDaemon(true);
        watcher.start();
    }

    /** Sets the neo4j user's password through the system database (no change required at first login). */
    private static void setPassword(DatabaseManagementService dbms, String password) {
        try {
            dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
        } catch (RuntimeException e) {
            // Restarting on the same data with the same password: Neo4j refuses a "change" to the same value.
            String message = String.valueOf(e.getMessage());
            if (!message.contains("cannot be the same")) throw e;
        }
    }

    private static void waitForBolt(Options options) throws InterruptedException {
        String host = options.listen().equals("0.0.0.0") ? "127.0.0.1" : options.listen();
        for (int attempt = 0; attempt < 600; attempt++) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(host, options.port()), 500);
                return;
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("Bolt did not start listening on " + host + ":" + options.port());
    }

    private static Options parse(String[] args) {
        String listen = "127.0.0.1";
        int port = 7687;
        Path data = Path.of(".neo4j/data");
        String password = System.getenv().getOrDefault("NEO4J_PASSWORD", "");
        long pageCacheMb = 128;
        boolean stopOnStdinClose = false;
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (name.equals("--stop-on-stdin-close")) {
                stopOnStdinClose = true;
                continue;
            }
            if (i + 1 >= args.length) throw usage("missing value for " + name);
            String value = args[++i];
            switch (name) {
                case "--listen" -> listen = value;
                case "--port" -> port = Integer.parseInt(value);
                case "--data" -> data = Path.of(value);
                case "--password" -> password = value;
                case "--page-cache-mb" -> pageCacheMb = Long.parseLong(value);
                default -> throw usage("unknown option " + name);
            }
        }
        if (password.isEmpty()) throw usage("a password is required (--password or NEO4J_PASSWORD)");
        if (port < 1 || port > 65535) throw usage("port out of range: " + port);
        return new Options(listen, port, data.toAbsolutePath(), password, pageCacheMb, stopOnStdinClose);
    }

    private static IllegalArgumentException usage(String message) {
        return new IllegalArgumentException(
                "neo4j launcher: " + message
                        + "\nusage: Launcher [--port N] [--data DIR] [--password PW] [--listen ADDR] [--page-cache-mb N] [--stop-on-stdin-close]");
    }
}
