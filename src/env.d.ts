// Per-page render state (Astro.locals is fresh for every page a static build renders).
declare namespace App {
  interface Locals {
    /** Tables rendered so far on this page, to give each scrolling region its own name. */
    tableCount?: number;
  }
}
