package nl.verteller.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Component;
import java.awt.Container;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.swing.AbstractButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import nl.verteller.kiosk.Command;
import nl.verteller.kiosk.Screen;
import nl.verteller.tags.Gui;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Leaflets written to attack: what Swing would render as HTML is shown as the words it is. */
@Gui
class HostileContentTest {
    @TempDir
    Path content;
    private KioskFixture kiosk;
    private ServerSocket server;
    private final AtomicInteger requests = new AtomicInteger();

    @AfterEach
    void stop() throws Exception {
        if (kiosk != null) {
            kiosk.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void htmlInTitlesIsShownAsTextAndNeverReachesTheNetwork() throws Exception {
        server = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
        Thread listener = new Thread(this::countRequests, "fake-web-server");
        listener.setDaemon(true);
        listener.start();
        String html = "<html><img src=\"http://127.0.0.1:" + server.getLocalPort() + "/x.png\">";
        Files.createDirectories(content.resolve("en"));
        Files.writeString(content.resolve("en/a.md"), "# \\" + html + " Leaflet\n\n## \\" + html
                + " chapter\n\n\\" + html + " A sentence.\n");
        Files.writeString(content.resolve("en/b.md"), "# Plain\n\n## One\n\nText.\n");

        kiosk = KioskFixture.start(false, "content.dir", content.toString(), "language.start", "en",
                "reading.autostart", "false");
        List<String> shown = new ArrayList<>();
        for (Command command : List.of(Command.leaflet(1), Command.chapter(1), Command.of(Command.Kind.HELP),
                Command.of(Command.Kind.HOME))) {
            kiosk.send(command);
            kiosk.window().robot().waitForIdle();
            shown.addAll(GuiActionRunner.execute(() -> htmlTexts(kiosk.frame().getContentPane())));
        }
        assertThat(kiosk.state().screen()).isEqualTo(Screen.HOME);
        assertThat(shown).as("the hostile title was on screen").isNotEmpty();
        Thread.sleep(500);
        assertThat(requests.get()).as("requests made to the address in the title").isZero();
    }

    /** The texts that start as HTML, after checking that Swing did not render any of them so. */
    private static List<String> htmlTexts(Container root) {
        List<String> found = new ArrayList<>();
        for (Component child : root.getComponents()) {
            String text = child instanceof JLabel label ? label.getText()
                    : child instanceof AbstractButton button ? button.getText() : null;
            if (text != null && text.toLowerCase().startsWith("<html")) {
                JComponent component = (JComponent) child;
                assertThat(component.getClientProperty("html")).as("an HTML view for %s", child.getName()).isNull();
                found.add(text);
            }
            if (child instanceof Container container) {
                found.addAll(htmlTexts(container));
            }
        }
        return found;
    }

    private void countRequests() {
        while (!server.isClosed()) {
            try (Socket ignored = server.accept()) {
                requests.incrementAndGet();
            } catch (SocketException closed) {
                return;
            } catch (Exception e) {
                return;
            }
        }
    }
}
