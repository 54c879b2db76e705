/** Placeholder entry point: this package's issue has not come yet. */
export {};
