# R's side of the bench command (bench/HccReport.Benchmarks): times R's fits on the CSVs that command wrote, so
# HccReport's kernels and R's are measured on the same rows, on the same machine, in the same run.
#
# Usage: Rscript bench/bench.R DATA_DIR SIZES REPS
#   DATA_DIR  folder holding bench-<n>.csv (columns time,status,group,x1..x6,y)
#   SIZES     comma-separated row counts, e.g. 10000,100000,1000000
#   REPS      timed repetitions per fit; the median is reported
# Writes into DATA_DIR:
#   r-times.csv      kernel, n, median_seconds, min_seconds, max_seconds (elapsed), median_cpu_seconds (user + system)
#   r-estimates.csv  n, name, value (17 significant digits; NA where R has NA): what each fit computed,
#                    compared by the bench command with HccReport's numbers
#   r-version.txt    R and survival versions
#
# Each fit is the call a user makes (formula, model frame and all), timed with system.time(gcFirst = TRUE):
# one warm-up call, then REPS timed calls, median elapsed seconds. Reading the CSV is not timed.
suppressPackageStartupMessages(library(survival))
args <- commandArgs(trailingOnly = TRUE)
if (length(args) != 3) stop("usage: Rscript bench.R DATA_DIR SIZES REPS")
dir <- args[1]
sizes <- strsplit(args[2], ",")[[1]]
reps <- as.integer(args[3])

time_it <- function(fit) {
  fit()
  t <- vapply(seq_len(reps), function(i) system.time(fit(), gcFirst = TRUE)[c("elapsed", "user.self", "sys.self")],
              numeric(3))
  elapsed <- t[1, ]
  c(median = median(elapsed), min = min(elapsed), max = max(elapsed), cpu = median(t[2, ] + t[3, ]))
}

cox_formula <- Surv(time, status) ~ x1 + x2 + x3 + x4 + x5 + x6
glm_formula <- y ~ x1 + x2 + x3 + x4 + x5 + x6
fits <- list(
  cox_efron = function(d) coxph(cox_formula, data = d, ties = "efron"),
  kaplan_meier = function(d) survfit(Surv(time, status) ~ group, data = d),
  log_rank = function(d) survdiff(Surv(time, status) ~ group, data = d),
  logistic = function(d) glm(glm_formula, family = binomial, data = d)
)

estimates_of <- function(d) {
  cox <- coxph(cox_formula, data = d, ties = "efron")
  g <- glm(glm_formula, family = binomial, data = d)
  sd <- survdiff(Surv(time, status) ~ group, data = d)
  km <- survfit(Surv(time, status) ~ group, data = d)
  groups <- sub("group=", "", names(km$strata), fixed = TRUE)
  table <- summary(km)$table
  at365 <- summary(km, times = 365)
  at365_groups <- sub("group=", "", as.character(at365$strata), fixed = TRUE)
  e <- c(
    setNames(coef(cox), paste0("cox_coef_", names(coef(cox)))),
    setNames(sqrt(diag(vcov(cox))), paste0("cox_se_", names(coef(cox)))),
    cox_loglik = cox$loglik[2],
    cox_concordance = unname(cox$concordance["concordance"]),
    setNames(coef(g), paste0("glm_coef_", names(coef(g)))),
    setNames(sqrt(diag(vcov(g))), paste0("glm_se_", names(coef(g)))),
    glm_deviance = g$deviance,
    logrank_chisq = sd$chisq,
    setNames(sd$exp, paste0("logrank_expected_", groups)),
    setNames(table[, "median"], paste0("km_median_", groups)),
    setNames(table[, "0.95LCL"], paste0("km_median_lower_", groups)),
    setNames(table[, "0.95UCL"], paste0("km_median_upper_", groups)),
    setNames(at365$surv, paste0("km_surv365_", at365_groups)),
    setNames(at365$lower, paste0("km_lower365_", at365_groups)),
    setNames(at365$upper, paste0("km_upper365_", at365_groups))
  )
  e
}

times <- list()
estimates <- list()
for (n in sizes) {
  d <- read.csv(file.path(dir, paste0("bench-", n, ".csv")),
                colClasses = c(time = "numeric", status = "integer", group = "integer",
                               x1 = "numeric", x2 = "numeric", x3 = "numeric", x4 = "numeric",
                               x5 = "numeric", x6 = "numeric", y = "integer"))
  stopifnot(nrow(d) == as.integer(n))
  for (kernel in names(fits)) {
    t <- time_it(function() fits[[kernel]](d))
    times[[length(times) + 1]] <- data.frame(kernel = kernel, n = n, median_seconds = t[["median"]],
                                             min_seconds = t[["min"]], max_seconds = t[["max"]],
                                             median_cpu_seconds = t[["cpu"]])
    message(sprintf("R %-12s n = %-8s %.3f s (CPU %.3f s)", kernel, n, t[["median"]], t[["cpu"]]))
  }
  e <- estimates_of(d)
  estimates[[length(estimates) + 1]] <- data.frame(n = n, name = names(e),
    value = ifelse(is.na(e), "NA", sprintf("%.17g", e)))
}
write.csv(do.call(rbind, times), file.path(dir, "r-times.csv"), row.names = FALSE)
write.csv(do.call(rbind, estimates), file.path(dir, "r-estimates.csv"), row.names = FALSE)
writeLines(sprintf("R %s.%s, survival %s", R.version$major, R.version$minor, as.character(packageVersion("survival"))),
           file.path(dir, "r-version.txt"))
