/**
 * The REST API v1 (../shared/API.md): JSON in and out, bearer tokens, every error as {@code
 * application/problem+json}. Resources translate JSON to the service calls the screens use too.
 */
package org.continuumcare.web.api;
