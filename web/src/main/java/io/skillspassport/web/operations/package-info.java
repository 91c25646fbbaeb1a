/**
 * What operators and load balancers read: MicroProfile Health checks (liveness, readiness), the
 * portal's MicroProfile Metrics (requests per page, sign-ins, adaptive-test items served,
 * comparison snapshot work, database pool) and the optional JSON log format. Nothing here names a
 * person, a secret or an internal address.
 */
package io.skillspassport.web.operations;
