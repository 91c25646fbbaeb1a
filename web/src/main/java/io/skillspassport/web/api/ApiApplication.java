package io.skillspassport.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The engines' API under {@code /api}. Its requests pass no Faces filter and no security constraint
 * of {@code web.xml}: each one is authenticated by its bearer token ({@link EngineRequests}).
 */
@ApplicationPath("/api")
public class ApiApplication extends Application {}
