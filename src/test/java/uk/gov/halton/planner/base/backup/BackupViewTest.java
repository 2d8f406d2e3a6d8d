package uk.gov.halton.planner.base.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Anchor;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import uk.gov.halton.planner.base.ui.AccessDeniedView;
import uk.gov.halton.planner.base.ui.BackupView;
import uk.gov.halton.planner.base.ui.HomeView;
import uk.gov.halton.planner.base.ui.MainLayout;
import uk.gov.halton.planner.exercises.PlannerContextTest;

@PlannerContextTest
class BackupViewTest extends SpringBrowserlessTest {

    @Autowired
    BackupService backups;

    @Test
    @WithUserDetails("admin")
    void anAdministratorOpensTheBackupPageAndGetsTheExport() throws Exception {
        navigate(HomeView.class);
        assertThat(find(MainLayout.class).single().navigationTitles()).contains("Backup");

        navigate(BackupView.class);
        Anchor export = find(Anchor.class).withText("Download the full export").single();
        assertThat(export.getHref()).isNotBlank();
        // The tests' database is H2 in memory: there is no file for H2's own backup.
        assertThat(find(Anchor.class)
                        .withText("Download the H2 database backup")
                        .all())
                .isEmpty();
        assertThat(backups.exportFileName()).matches("safer-halton-planner-export-\\d{8}-\\d{6}\\.zip");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        backups.writeExport(out);
        Map<String, String> files = unzip(out.toByteArray());
        assertThat(files).containsKeys("manifest.json", "app_user.csv", "revinfo.csv", "site.csv");
        assertThat(files.get("app_user.csv").lines().skip(1))
                .anySatisfy(line -> assertThat(line).contains("\"admin\""))
                .anySatisfy(line -> assertThat(line).contains("\"partner\""));
    }

    @Test
    @WithUserDetails("planner")
    void nobodyElseOpensThePageOrGetsABackupFromTheService() {
        navigate(HomeView.class);
        assertThat(find(MainLayout.class).single().navigationTitles()).doesNotContain("Backup");
        navigate("admin/backup", AccessDeniedView.class);

        assertThatThrownBy(() -> backups.writeExport(OutputStream.nullOutputStream()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> backups.writeH2Backup(OutputStream.nullOutputStream()))
                .isInstanceOf(AccessDeniedException.class);
    }

    private static Map<String, String> unzip(byte[] bytes) throws Exception {
        Map<String, String> files = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                files.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }
}
