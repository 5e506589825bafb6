package org.sahakarflow.notification;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A TCP relay in front of the real SMTP server that, when armed, lets one message through to the
 * server and then cuts the client's connection before the server's "250" reaches it: the mail is
 * delivered and the sender cannot know — the ambiguous outcome a retry must deal with.
 */
final class SmtpReplyDrop implements AutoCloseable {

  private static final byte[] END_OF_DATA = "\r\n.\r\n".getBytes(StandardCharsets.US_ASCII);

  private final ServerSocket listener;
  private final int serverPort;
  private final AtomicBoolean armed = new AtomicBoolean();
  private final ExecutorService pumps = Executors.newCachedThreadPool(r -> {
    Thread thread = new Thread(r, "smtp-reply-drop");
    thread.setDaemon(true);
    return thread;
  });

  SmtpReplyDrop(int listenPort, int serverPort) throws IOException {
    this.listener = new ServerSocket(listenPort, 50, InetAddress.getLoopbackAddress());
    this.serverPort = serverPort;
    pumps.submit(this::accept);
  }

  /** The next message's reply is dropped, once. */
  void armOnce() {
    armed.set(true);
  }

  private void accept() {
    while (!listener.isClosed()) {
      try {
        Socket client = listener.accept();
        Socket server = new Socket(InetAddress.getLoopbackAddress(), serverPort);
        AtomicBoolean dataEnded = new AtomicBoolean();
        pumps.submit(() -> clientToServer(client, server, dataEnded));
        pumps.submit(() -> serverToClient(server, client, dataEnded));
      } catch (IOException e) {
        return;
      }
    }
  }

  private void clientToServer(Socket client, Socket server, AtomicBoolean dataEnded) {
    try (InputStream in = client.getInputStream()) {
      OutputStream out = server.getOutputStream();
      int matched = 0;
      int b;
      while ((b = in.read()) != -1) {
        matched = b == END_OF_DATA[matched] ? matched + 1 : (b == END_OF_DATA[0] ? 1 : 0);
        if (matched == END_OF_DATA.length) {
          // marked before the last byte goes, so the server's answer to it is always seen as such
          matched = 0;
          dataEnded.set(true);
        }
        out.write(b);
      }
    } catch (IOException e) {
      // either side closed: the relay ends with it
    } finally {
      closeQuietly(client, server);
    }
  }

  private void serverToClient(Socket server, Socket client, AtomicBoolean dataEnded) {
    try (InputStream in = server.getInputStream()) {
      OutputStream out = client.getOutputStream();
      byte[] buffer = new byte[4096];
      int read;
      while ((read = in.read(buffer)) != -1) {
        if (dataEnded.get() && armed.compareAndSet(true, false)) {
          // the server has the whole message and answers it; the client never hears the answer
          closeQuietly(client, server);
          return;
        }
        out.write(buffer, 0, read);
        out.flush();
      }
    } catch (IOException e) {
      // either side closed: the relay ends with it
    } finally {
      closeQuietly(client, server);
    }
  }

  private static void closeQuietly(Socket... sockets) {
    for (Socket socket : sockets) {
      try {
        socket.close();
      } catch (IOException ignored) {
        // already closed
      }
    }
  }

  @Override
  public void close() throws IOException {
    listener.close();
    pumps.shutdownNow();
  }
}
