/** An error whose message is written for the user, in Swedish, and safe to show as it is. */
export class UserError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UserError';
  }
}
