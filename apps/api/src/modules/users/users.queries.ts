/** A user as the API shows it: never with the password hash. */
export interface UserRow {
  id: string;
  email: string;
  display_name: string;
  created_at: Date;
}

export const USER_BY_ID = 'SELECT id, email, display_name, created_at FROM users WHERE id = $1';

/** The account behind a login, with the hash the password is checked against. */
export const USER_FOR_LOGIN = `
  SELECT id, email, display_name, created_at, password_hash FROM users WHERE email = $1`;
