import { createServer, type Server, type Socket } from "node:net";

/**
 * A minimal SMTP server for tests (plain text, no TLS, no auth): enough of RFC 5321 for
 * nodemailer to deliver to it. `reject` makes it refuse recipients with the given reply, so tests
 * can simulate a mail server that is down (4xx) or refuses an address (5xx).
 */
export interface FakeSmtp {
  url: string;
  received: { from: string; to: string[]; data: string }[];
  /** A reply such as "451 4.3.0 Try again later", or null to accept. */
  reject: string | null;
  close(): Promise<void>;
}

export async function startFakeSmtp(): Promise<FakeSmtp> {
  const sockets = new Set<Socket>();
  const state: FakeSmtp = {
    url: "",
    received: [],
    reject: null,
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };

  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    socket.setEncoding("utf8");
    let buffer = "";
    let inData = false;
    let mail = { from: "", to: [] as string[], data: "" };
    const reply = (line: string) => socket.write(`${line}\r\n`);
    reply("220 fake-smtp ready");
    socket.on("data", (chunk: string) => {
      buffer += chunk;
      for (;;) {
        if (inData) {
          const end = buffer.indexOf("\r\n.\r\n");
          if (end < 0) return;
          mail.data = buffer.slice(0, end);
          buffer = buffer.slice(end + 5);
          inData = false;
          state.received.push(mail);
          mail = { from: "", to: [], data: "" };
          reply("250 2.0.0 queued");
          continue;
        }
        const newline = buffer.indexOf("\r\n");
        if (newline < 0) return;
        const line = buffer.slice(0, newline);
        buffer = buffer.slice(newline + 2);
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === "EHLO") reply("250-fake-smtp\r\n250 8BITMIME");
        else if (verb === "HELO") reply("250 fake-smtp");
        else if (verb === "MAIL") {
          mail.from = line.slice(10).trim();
          reply("250 2.1.0 ok");
        } else if (verb === "RCPT") {
          if (state.reject) reply(state.reject);
          else {
            mail.to.push(line.slice(8).trim());
            reply("250 2.1.5 ok");
          }
        } else if (verb === "DATA") {
          inData = true;
          reply("354 end with <CRLF>.<CRLF>");
        } else if (verb === "RSET") {
          mail = { from: "", to: [], data: "" };
          reply("250 ok");
        } else if (verb === "QUIT") {
          reply("221 bye");
          socket.end();
        } else reply("250 ok");
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (!address || typeof address === "string") throw new Error("fake SMTP did not start");
  state.url = `smtp://127.0.0.1:${address.port}`;
  return state;
}
