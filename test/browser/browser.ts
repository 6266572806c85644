// Headless Chromium for the viewer tests: the browser shipped in @sparticuz/chromium
// (no download at test time), or CHROMIUM_PATH (e.g. Debian's /usr/bin/chromium).
import { chromium, type Browser } from "playwright-core";

export async function launchBrowser(): Promise<Browser> {
  const extra = ["--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-quic"];
  if (process.env.CHROMIUM_PATH) {
    return chromium.launch({ executablePath: process.env.CHROMIUM_PATH, headless: true, args: ["--no-sandbox", "--use-angle=swiftshader", "--enable-unsafe-swiftshader", ...extra] });
  }
  const sparticuz = (await import("@sparticuz/chromium")).default;
  return chromium.launch({ executablePath: await sparticuz.executablePath(), headless: true, args: [...sparticuz.args, ...extra] });
}
