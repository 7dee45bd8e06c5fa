-- wrk reports p50 to p99 in its own text; this prints what the bench needs
-- as one JSON line: requests/s, latency percentiles in ms, errors, bytes.
done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write
    + summary.errors.status + summary.errors.timeout
  local seconds = summary.duration / 1e6
  io.write(string.format(
    '{"requests": %d, "seconds": %.3f, "rps": %.2f, "p50": %.2f, "p95": %.2f, "p99": %.2f, '
      .. '"errors": %d, "timeouts": %d, "bytes": %d}\n',
    summary.requests, seconds, summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    errors, summary.errors.timeout, summary.bytes))
end
