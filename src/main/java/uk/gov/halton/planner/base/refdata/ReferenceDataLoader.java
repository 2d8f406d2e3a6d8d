package uk.gov.halton.planner.base.refdata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import uk.gov.halton.planner.base.DatabaseTime;
import uk.gov.halton.planner.base.PlannerProperties;
import uk.gov.halton.planner.base.ReferenceDataException;
import uk.gov.halton.planner.base.ReferenceDataSet;
import uk.gov.halton.planner.base.ReferenceFile;
import uk.gov.halton.planner.base.StartupTask;
import uk.gov.halton.planner.base.TextFiles;

/**
 * Applies the repository's data files at start-up. A file whose SHA-256 matches the one last applied is skipped, so
 * a second start changes nothing; a changed file is applied again in one transaction; a bad file stops the start
 * with its name, record and problem, and nothing from it is written.
 */
@Component
@Order(10)
public class ReferenceDataLoader implements StartupTask {

    private static final Logger log = LoggerFactory.getLogger(ReferenceDataLoader.class);
    /** Far above any shipped file; a bigger one is a mistake (or an export of the whole country) and is refused. */
    static final long MAX_FILE_BYTES = 20L * 1024 * 1024;

    private final List<ReferenceDataSet> dataSets;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Path dataDir;

    @org.springframework.beans.factory.annotation.Autowired
    ReferenceDataLoader(
            List<ReferenceDataSet> dataSets,
            JdbcClient jdbc,
            TransactionTemplate transactions,
            Clock clock,
            PlannerProperties properties) {
        this(dataSets, jdbc, transactions, clock, Path.of(properties.data().dir()));
    }

    /**
     * {@code dataDir} is a folder on the file system, relative to the working directory. (Given to Spring as a
     * Path, "." became the classpath root, so the working folder's geodata/ and exercise-templates/ were ignored.)
     */
    ReferenceDataLoader(
            List<ReferenceDataSet> dataSets,
            JdbcClient jdbc,
            TransactionTemplate transactions,
            Clock clock,
            Path dataDir) {
        this.dataSets = dataSets.stream()
                .sorted(Comparator.comparingInt(ReferenceDataSet::order))
                .toList();
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
        this.dataDir = dataDir.toAbsolutePath().normalize();
    }

    @Override
    public void runAtStartup() {
        loadAll();
    }

    /** Applies every changed file; returns how many files were applied. */
    public int loadAll() {
        int applied = 0;
        for (ReferenceDataSet set : dataSets) {
            for (ReferenceFile file : files(set)) {
                if (load(set, file)) {
                    applied++;
                }
            }
        }
        return applied;
    }

    private boolean load(ReferenceDataSet set, ReferenceFile file) {
        String sha = file.sha256();
        Optional<String> previous = jdbc.sql("select sha256 from reference_data_file where data_set = ? and path = ?")
                .params(set.name(), file.name())
                .query(String.class)
                .optional();
        if (previous.filter(sha::equals).isPresent()) {
            return false;
        }
        try {
            transactions.executeWithoutResult(status -> {
                set.apply(file);
                OffsetDateTime now = DatabaseTime.of(clock.instant());
                if (previous.isPresent()) {
                    jdbc.sql(
                                    "update reference_data_file set sha256 = ?, applied_at = ? where data_set = ? and path = ?")
                            .params(sha, now, set.name(), file.name())
                            .update();
                } else {
                    jdbc.sql("insert into reference_data_file (data_set, path, sha256, applied_at) values (?, ?, ?, ?)")
                            .params(set.name(), file.name(), sha, now)
                            .update();
                }
            });
        } catch (ReferenceDataException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new ReferenceDataException(file.location(), null, String.valueOf(e.getMessage()), e);
        }
        log.info("Applied {} file {}", set.name(), file.location());
        return true;
    }

    List<ReferenceFile> files(ReferenceDataSet set) {
        Path folder = dataDir.resolve(set.folder());
        if (Files.isDirectory(folder)) {
            log.info("Reading {} files from the folder {}", set.name(), folder);
            return fromDisk(folder, set.pattern());
        }
        log.info("Reading {} files from the copies inside the application (there is no folder {})", set.name(), folder);
        return fromClasspath(set);
    }

    private static List<ReferenceFile> fromDisk(Path folder, String pattern) {
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
        try (Stream<Path> paths = Files.list(folder)) {
            List<ReferenceFile> files = new ArrayList<>();
            for (Path path : paths.filter(p -> Files.isRegularFile(p) && matcher.matches(p.getFileName()))
                    .sorted()
                    .toList()) {
                checkSize(path.toString(), Files.size(path));
                files.add(new ReferenceFile(path.getFileName().toString(), path.toString(), Files.readAllBytes(path)));
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + folder, e);
        }
    }

    private static List<ReferenceFile> fromClasspath(ReferenceDataSet set) {
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:" + set.folder() + "/" + set.pattern());
            List<ReferenceFile> files = new ArrayList<>();
            for (Resource resource : resources) {
                checkSize("classpath:" + set.folder() + "/" + resource.getFilename(), resource.contentLength());
                try (var in = resource.getInputStream()) {
                    files.add(new ReferenceFile(
                            resource.getFilename(),
                            "classpath:" + set.folder() + "/" + resource.getFilename(),
                            in.readAllBytes()));
                }
            }
            files.sort(Comparator.comparing(ReferenceFile::name));
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the classpath folder " + set.folder(), e);
        }
    }

    private static void checkSize(String location, long bytes) {
        if (bytes > MAX_FILE_BYTES) {
            throw new ReferenceDataException(
                    location,
                    null,
                    String.format(
                            "the file is %.1f MB; a reference-data file " + "is at most %s",
                            bytes / (1024.0 * 1024), TextFiles.size(MAX_FILE_BYTES)));
        }
    }
}
