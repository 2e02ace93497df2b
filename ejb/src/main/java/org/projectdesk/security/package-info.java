/**
 * Who may use Project Desk: accounts with salted PBKDF2 password hashes, their roles, the lock that
 * follows repeated failed logins, the administrator's account operations and the demo accounts.
 */
package org.projectdesk.security;
