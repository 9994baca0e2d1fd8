export interface User {
  id: string;
  email: string;
  displayName: string;
  createdAt: string;
}

/** A user as other records name them (who proposed, who signed, ...). */
export interface UserRef {
  userId: string;
  displayName: string;
}
