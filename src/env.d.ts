/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** Topics and similar items of each item of the plan being rendered, by anchor id. */
    itemLinks?: Map<string, import('./data/links.ts').ItemLinks>;
  }
}
