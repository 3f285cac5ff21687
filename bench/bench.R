# Times R's fits on the benchmark data sets written by the bench command, so that HccReport's
# kernels and R's are measured on the same rows on the same machine in the same run.
# Usage: Rscript bench/bench.R DATA_DIR SIZES REPS   (writes DATA_DIR/r-times.csv)
suppressPackageStartupMessages(library(survival))
args <- commandArgs(trailingOnly = TRUE)
dir <- args[1]
sizes <- strsplit(args[2], ",")[[1]]
reps <- as.integer(args[3])
rows <- list()
time_it <- function(expr_fn) {
  # median elapsed seconds over reps runs, after one warm-up run
  expr_fn()
  t <- replicate(reps, system.time(expr_fn(), gcFirst = TRUE)[["elapsed"]])
  median(t)
}
for (n in sizes) {
  d <- read.csv(file.path(dir, paste0("bench-", n, ".csv")))
  f <- Surv(time, status) ~ x1 + x2 + x3 + x4 + x5 + x6
  rows[[length(rows) + 1]] <- data.frame(kernel = "cox_efron", n = n,
    seconds = time_it(function() coxph(f, data = d, ties = "efron")))
  rows[[length(rows) + 1]] <- data.frame(kernel = "kaplan_meier", n = n,
    seconds = time_it(function() survfit(Surv(time, status) ~ group, data = d)))
  rows[[length(rows) + 1]] <- data.frame(kernel = "log_rank", n = n,
    seconds = time_it(function() survdiff(Surv(time, status) ~ group, data = d)))
  rows[[length(rows) + 1]] <- data.frame(kernel = "logistic", n = n,
    seconds = time_it(function() glm(y ~ x1 + x2 + x3 + x4 + x5 + x6, family = binomial, data = d)))
  # Agreement check: the bench command compares its own estimates with these.
  fit <- coxph(f, data = d, ties = "efron")
  g <- glm(y ~ x1 + x2 + x3 + x4 + x5 + x6, family = binomial, data = d)
  sd <- survdiff(Surv(time, status) ~ group, data = d)
  write.csv(data.frame(n = n, what = c(paste0("cox_", names(coef(fit))), paste0("glm_", names(coef(g))), "logrank_chisq"),
                       value = c(unname(coef(fit)), unname(coef(g)), sd$chisq)),
            file.path(dir, paste0("r-estimates-", n, ".csv")), row.names = FALSE)
}
write.csv(do.call(rbind, rows), file.path(dir, "r-times.csv"), row.names = FALSE)
cat("R", R.version$major, ".", R.version$minor, " survival ", as.character(packageVersion("survival")), "\n", sep = "")
