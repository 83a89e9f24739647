/**
 * The name the admin app's data store is registered under.
 */
export const STORE_NAME = 'mentorship-program/admin';
