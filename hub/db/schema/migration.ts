/** One schema migration: an id that sorts in the order it must run, and its SQL script. */
export interface Migration {
  id: string;
  sql: string;
}
