package org.sahakarflow.notification;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A TCP relay in front of the real SMTP server that passes a message through and then holds the
 * server's answer to it: the mail is stored, and the sender is left waiting, as when a server is
 * slow to reply — the moment a node may die in.
 */
final class SmtpReplyHold implements AutoCloseable {

  private static final byte[] END_OF_DATA = "\r\n.\r\n".getBytes(StandardCharsets.US_ASCII);

  private final ServerSocket listener;
  private final int serverPort;
  private final CountDownLatch held = new CountDownLatch(1);
  private final List<Socket> sockets = new CopyOnWriteArrayList<>();
  private final ExecutorService pumps = Executors.newCachedThreadPool(r -> {
    Thread thread = new Thread(r, "smtp-reply-hold");
    thread.setDaemon(true);
    return thread;
  });

  SmtpReplyHold(int serverPort) throws IOException {
    this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    this.serverPort = serverPort;
    pumps.submit(this::accept);
  }

  int port() {
    return listener.getLocalPort();
  }

  /** Counted down once the server has a whole message and its answer is being held. */
  CountDownLatch held() {
    return held;
  }

  private void accept() {
    while (!listener.isClosed()) {
      try {
        Socket client = listener.accept();
        Socket server = new Socket(InetAddress.getLoopbackAddress(), serverPort);
        sockets.add(client);
        sockets.add(server);
        boolean[] dataEnded = {false};
        pumps.submit(() -> relay(client, server, dataEnded, true));
        pumps.submit(() -> relay(server, client, dataEnded, false));
      } catch (IOException e) {
        return;
      }
    }
  }

  private void relay(Socket from, Socket to, boolean[] dataEnded, boolean fromClient) {
    try (InputStream in = from.getInputStream()) {
      OutputStream out = to.getOutputStream();
      int matched = 0;
      int b;
      while ((b = in.read()) != -1) {
        if (fromClient) {
          matched = b == END_OF_DATA[matched] ? matched + 1 : (b == END_OF_DATA[0] ? 1 : 0);
          if (matched == END_OF_DATA.length) {
            synchronized (dataEnded) {
              dataEnded[0] = true;
            }
          }
        } else {
          synchronized (dataEnded) {
            if (dataEnded[0]) {
              // the server's answer to the message: never passed on
              held.countDown();
              return;
            }
          }
        }
        out.write(b);
      }
    } catch (IOException e) {
      // a side closed: this direction ends with it
    }
  }

  @Override
  public void close() throws IOException {
    listener.close();
    for (Socket socket : sockets) {
      socket.close();
    }
    pumps.shutdownNow();
  }
}
