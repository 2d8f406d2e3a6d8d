package uk.gov.halton.planner.base;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The one way this application receives an uploaded file: read while it streams in, never more than the limit (a
 * larger file is refused without being held in memory), then handed to the view on its UI thread. The browser's own
 * size check is a courtesy; this is the limit.
 */
public final class Uploads {

    private Uploads() {}

    /** What the view does with a file within the limit; runs on the UI thread (UI.access). */
    @FunctionalInterface
    public interface Received {
        void accept(String fileName, byte[] content);
    }

    /** What the view says when a file is refused; runs on the UI thread. */
    @FunctionalInterface
    public interface Refused {
        void accept(String fileName, String message);
    }

    public static UploadHandler limited(long maxBytes, Received received, Refused refused) {
        return event -> {
            UI ui = event.getUI();
            String name = event.getFileName();
            // The view says what became of the file; the upload is ready for the next one.
            Runnable ready = () -> {
                if (event.getOwningComponent() instanceof Upload upload) {
                    upload.clearFileList();
                }
            };
            byte[] content;
            try (InputStream in = event.getInputStream()) {
                content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (content.length > maxBytes) {
                String message = name + " is larger than " + TextFiles.size(maxBytes) + ": nothing was imported.";
                event.reject(message);
                ui.access(() -> {
                    ready.run();
                    refused.accept(name, message);
                });
                return;
            }
            ui.access(() -> {
                ready.run();
                received.accept(name, content);
            });
        };
    }
}
