/**
 * The web tier: Faces page beans (one per page) and JAX-RS resources, each in the package of the
 * feature it serves. Page beans and resources call boundaries; they never touch the EntityManager.
 */
package org.projectdesk.web;
