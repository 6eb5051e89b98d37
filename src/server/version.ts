// This file holds the add-on version shown in the sidebar; test/server/version.test.ts keeps it equal to package.json.
export const VERSION = '0.1.0';
