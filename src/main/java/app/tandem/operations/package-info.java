/**
 * Running Tandem as a service of several identical nodes: scheduled work once across nodes
 * (ShedLock on the shared database), health probes for the load balancer, graceful shutdown, and
 * Micrometer metrics on a Prometheus endpoint only admins or the configured scraper may read.
 * Business modules use {@link app.tandem.operations.SurveyMetrics} to count surveys; nothing here
 * depends on a business module.
 */
@NullMarked
package app.tandem.operations;

import org.jspecify.annotations.NullMarked;
