# R's side of bench/HccReport.Statistics.Bench (LogisticRegressionBenchmark): the same model and sizes.
# Run on the same machine as the C# benchmark: Rscript bench/logistic_glm.R
# Reports the median elapsed seconds of glm(y ~ ., family = binomial) (what a user runs, model frame included)
# and of glm.fit on a prepared matrix (the IRLS alone), over 5 runs each.
set.seed(20240601)
beta <- c(0.5, -0.3, 0.2, 0.1, 0, 0.4)
for (n in c(1e4, 1e5, 1e6)) {
  X <- matrix(rnorm(n * 6), n, 6, dimnames = list(NULL, paste0("x", 1:6)))
  y <- rbinom(n, 1, plogis(-0.5 + drop(X %*% beta)))
  d <- data.frame(y = y, X)
  glm_time <- median(replicate(5, system.time(glm(y ~ ., family = binomial, data = d))[["elapsed"]]))
  fit_time <- median(replicate(5, system.time(glm.fit(cbind(1, X), y, family = binomial()))[["elapsed"]]))
  cat(sprintf("n = %7d  glm %.3f s  glm.fit %.3f s\n", n, glm_time, fit_time))
}
