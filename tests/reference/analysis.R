# Reference values for the Analysis layer (HccReport.Analysis): what results.json must hold for the specs in
# tests/HccReport.Analysis.Tests/Specs/, computed here with R's own functions on the same data.
# Run from tests/reference: Rscript analysis.R
#
# Reads data/aml.csv, kidney.csv, gbsg.csv (export-data.R) and data/logistic_edge.csv (logistic.R; seeded, so
# regenerating it in either order gives the same file).
# Writes
#   data/analysis_aml.csv, analysis_kidney.csv, analysis_gbsg.csv, analysis_separation.csv
#       copies of R's data sets with a unique row id and a few values set to missing (to test complete cases)
#   data/analysis_edge.csv
#       a hand-made set of edge cases (subgroups with one arm or no events, a reference level only where
#       another covariate is missing, a group with one value, a stratum missing in one arm)
#   expected/analysis_<spec>.json
#       the spec's results.json as R computes it: the same keys and nesting (flow, data_quality, analyses.<id>...),
#       so the test walks this file and compares every leaf with the same path in our results.json. Keys that
#       start with "_" are notes for the test (rows analysed), not results.json members.
#
# How each value is computed (R's defaults unless the spec says otherwise; intervals at conf_level, 0.95 except
# in levels90):
#   km       survfit(Surv(t, e) ~ by, conf.type) on na.omit(t, e, by) of the where-subset; curve columns from
#            the fit; median and interval from summary(fit)$table; landmarks from summary(fit, times) (times past
#            the curve's end are null); risk table from summary(fit, times, extend = TRUE) (n at risk, cumsum of
#            events and censored); survdiff (rho = 0, or 1 for peto-peto; + strata(s) on rows with s);
#            follow-up from survfit(Surv(t, 1 - e) ~ 1) with the same conf.type; rmean from
#            summary(fit, rmean = tau)$table, Wald limits rmean -/+ qnorm(1 - alpha/2) se, difference second - first.
#   cox      coxph (ties as the spec) on na.omit of time, event, covariates and strata; categorical covariates as
#            factors with the spec's reference first (relevel) and unused levels dropped; terms named
#            variable=level; concordance from fit$concordance; tests from summary(fit); cox.zph(fit) (km transform).
#   logistic glm(binomial) on na.omit; Wald limits confint.default, profile limits MASS's confint.glm.
#   select   screening by each covariate's univariate P (Wald; b'V^-1 b for a categorical covariate), then the
#            procedure of docs/selection.md run by hand: entry by Rao's score statistic (Cox: coxph at
#            init = c(current, 0) with iter.max = 0; logistic: anova(current, with candidate, test = "Rao"), which
#            is add1(test = "Rao") for one column), p < entry_p; removal by LR
#            (refit, 2 * loglik difference floored at 0) or Wald, p > removal_p; after each entry, removals until
#            none qualifies; a repeated model stops. Selection runs on the complete cases of the screened
#            covariates; the reported model is refitted on the complete cases of the covariates it keeps.
#   baseline table() counts, percents of non-missing; groups and levels without a count (a row never recorded in a
#            group) take no part in a test; chisq.test(correct = FALSE), or fisher.test when an
#            expected count is below 5 (r x 2 and 2 x c tables; Pearson for larger sparse tables);
#            wilcox.test / kruskal.test / t.test (Welch; none with a group of one value, where R stops) /
#            oneway.test(var.equal = TRUE); quantile type 7;
#            odds ratio of belonging to the first group: glm(first ~ x), Wald; SMD as tableone.
#   subgroup coxph(Surv ~ arm) per subgroup level (no hazard ratio where coxph warns that it may be infinite or
#            runs out of iterations on a diverging coefficient);
#            interaction P from anova(coxph(~ arm + v), coxph(~ arm * v)).
suppressPackageStartupMessages({
  library(survival)
  library(jsonlite)
  library(MASS)
})

about <- list(
  r = R.version.string,
  survival = as.character(packageVersion("survival")),
  MASS = as.character(packageVersion("MASS")),
  jsonlite = as.character(packageVersion("jsonlite")),
  options = "coxph.control() and glm.control() defaults; survfit timefix = TRUE; 95% intervals (levels90: 90%)"
)

write_expected <- function(x, name) {
  x$`_about` <- about
  write_json(x, file.path("expected", paste0("analysis_", name, ".json")),
             digits = NA, auto_unbox = TRUE, na = "null", null = "null", pretty = TRUE)
}

# A numeric vector for JSON: always an array, NA/NaN/Inf as null.
num <- function(x) { x <- unname(as.numeric(x)); x[!is.finite(x)] <- NA; I(x) }
# A number for JSON: a scalar, null when it does not exist.
one <- function(x) { x <- unname(as.numeric(x)); if (length(x) == 0 || !is.finite(x[1])) NA else x[1] }
ints <- function(x) I(as.integer(unname(x)))
strs <- function(x) I(as.character(unname(x)))
# Confidence level of every interval; the levels90 spec sets it to 0.90.
conf_level <- 0.95
zq <- function() qnorm(1 - (1 - conf_level) / 2)

# ============================================================================================== data ==
set.seed(20250301)

aml <- read.csv("data/aml.csv", stringsAsFactors = FALSE)
aml <- data.frame(id = seq_len(nrow(aml)), aml)
aml$centre <- ifelse(aml$id %% 3 == 0, "South", "North")
aml$time[3] <- NA       # no time
aml$status[8] <- NA     # no event
aml$x[15] <- NA         # no group
aml$centre[20] <- NA    # no stratum: in the curves, not in the stratified test
write.csv(aml, "data/analysis_aml.csv", row.names = FALSE, na = "NA")

kid <- read.csv("data/kidney.csv", stringsAsFactors = FALSE)
kid <- data.frame(row = seq_len(nrow(kid)), patient = kid$id, kid[, c("time", "status", "age", "sex", "disease", "frail")])
kid$age[5] <- NA
kid$disease[40] <- NA
write.csv(kid, "data/analysis_kidney.csv", row.names = FALSE, na = "NA")

gb <- read.csv("data/gbsg.csv", stringsAsFactors = FALSE)
gb$pgr[sample(nrow(gb), 8)] <- NA
gb$grade[sample(nrow(gb), 5)] <- NA
gb$size[sample(nrow(gb), 4)] <- NA
gb$age[sample(nrow(gb), 2)] <- NA
gb$er[sample(nrow(gb), 25)] <- NA   # er fails every screening: its missing values must not shrink the selection's rows
gb$marker <- ifelse(gb$grade %in% 3, NA, gb$meno)   # not recorded in grade 3: an empty column in a table by grade
gb$pgr_marker <- ifelse(gb$grade %in% 3, NA, gb$pgr)
write.csv(gb, "data/analysis_gbsg.csv", row.names = FALSE, na = "NA")

edge <- read.csv("data/logistic_edge.csv")
edge <- data.frame(id = seq_len(nrow(edge)), edge[, c("x1", "x2", "z", "y_rand", "y_sep", "y_quasi")])
write.csv(edge, "data/analysis_separation.csv", row.names = FALSE, na = "NA")

# Hand-made edge cases: a subgroup level with one arm only (S3) and one without events (S4); a reference level
# (grade2 = I) present only where flag is missing; a continuous row with one value in arm B; a missing outcome.
set.seed(20250302)
ed <- data.frame(id = 1:40, arm = rep(c("A", "B"), each = 20),
                 site = c(rep(c("S1", "S2", "S3", "S4"), c(6, 6, 4, 4)), rep(c("S1", "S2", "S4"), c(8, 8, 4))),
                 stringsAsFactors = FALSE)
ed$time <- round(rexp(40, ifelse(ed$arm == "A", 1 / 20, 1 / 12)), 1) + 0.5
ed$status <- ifelse(ed$site == "S4", 0L, rbinom(40, 1, 0.75))
ed$grade2 <- sample(c("II", "III"), 40, replace = TRUE)
ed$grade2[c(3, 17, 29)] <- "I"
ed$flag <- rbinom(40, 1, 0.4)
ed$flag[c(3, 17, 29)] <- NA
ed$biomarker <- round(rnorm(40, 50, 10), 1)
ed$biomarker[c(5, 9, 21:39)] <- NA   # arm B keeps one value (row 40)
ed$y <- rbinom(40, 1, 0.5)
ed$y[c(2, 22, 33)] <- NA
ed$batch <- ifelse(ed$arm == "A", c("b1", "b2"), NA)   # arm B has no batch: a test stratified by batch has one group
write.csv(ed, "data/analysis_edge.csv", row.names = FALSE, na = "NA")

# Read back exactly what the C# tests read.
aml <- read.csv("data/analysis_aml.csv", stringsAsFactors = FALSE)
kid <- read.csv("data/analysis_kidney.csv", stringsAsFactors = FALSE)
gb <- read.csv("data/analysis_gbsg.csv", stringsAsFactors = FALSE)
edge <- read.csv("data/analysis_separation.csv", stringsAsFactors = FALSE)
ed <- read.csv("data/analysis_edge.csv", stringsAsFactors = FALSE)

# ========================================================================================= helpers ==
# The x-axis and risk-table times of a KM figure (src/HccReport.Analysis/Survival/TimeBreaks.cs).
time_breaks <- function(end, unit, step = NULL) {
  if (!(end > 0)) return(0)
  if (is.null(step)) {
    cands <- switch(unit, months = c(1, 2, 3, 6, 12, 24, 36, 60, 120), days = c(7, 14, 30, 60, 90, 180, 365, 730, 1825, 3650),
                    weeks = c(1, 2, 4, 8, 13, 26, 52, 104, 260), years = c(0.5, 1, 2, 5, 10, 20))
    step <- cands[which(end / cands <= 8)[1]]
  }
  (0:ceiling(end / step - 1e-9)) * step
}

# One KM analysis. d: the analysis's rows (after where), with columns t, e and optionally g (group) and s (stratum).
km_expected <- function(d, conf.type = "log", at = NULL, rmst = NULL, follow_up = FALSE, rho = 0, strata = FALSE,
                        by = TRUE, unit, step = NULL, xmax = NULL, test = TRUE) {
  analysed <- nrow(d)
  keep <- !is.na(d$t) & !is.na(d$e) & (if (by) !is.na(d$g) else TRUE)
  d <- d[keep, ]
  if (!by) d$g <- "All"
  levels_all <- as.character(sort(unique(d$g)))
  d$g <- as.character(d$g)
  ends <- time_breaks(if (is.null(xmax)) max(d$t) else xmax, unit, step)
  groups <- lapply(levels_all, function(lv) {
    x <- d[d$g == lv, ]
    fit <- survfit(Surv(t, e) ~ 1, data = x, conf.type = conf.type, conf.int = conf_level)
    tab <- summary(fit)$table
    g <- list(level = lv, n = nrow(x), events = sum(x$e), censored = sum(1 - x$e),
              median = one(tab["median"]), median_lower = one(tab[paste0(conf_level, "LCL")]),
              median_upper = one(tab[paste0(conf_level, "UCL")]))
    g$at <- lapply(at, function(tt) {
      if (tt > max(x$t)) return(list(time = tt, n_risk = NA, survival = NA, std_err = NA, lower = NA, upper = NA))
      s <- summary(fit, times = tt)
      list(time = tt, n_risk = s$n.risk, survival = s$surv, std_err = one(s$std.err), lower = one(s$lower), upper = one(s$upper))
    })
    g$curve <- list(time = num(fit$time), n_risk = ints(fit$n.risk), n_event = ints(fit$n.event), n_censor = ints(fit$n.censor),
                    survival = num(fit$surv), lower = num(fit$lower), upper = num(fit$upper))
    g
  })
  out <- list(rows_missing = sum(!keep), confidence_interval = conf.type, median_method = "brookmeyer-crowley", groups = groups)
  out$risk_table <- list(times = num(ends), groups = lapply(levels_all, function(lv) {
    x <- d[d$g == lv, ]
    s <- summary(survfit(Surv(t, e) ~ 1, data = x), times = ends, extend = TRUE)
    list(level = lv, n_risk = ints(s$n.risk), cumulative_events = ints(cumsum(s$n.event)), cumulative_censored = ints(cumsum(s$n.censor)))
  }))
  if (by && length(levels_all) > 1 && test) {
    sd <- if (strata) survdiff(Surv(t, e) ~ g + strata(s), data = d[!is.na(d$s), ], rho = rho)
          else survdiff(Surv(t, e) ~ g, data = d, rho = rho)
    df <- sum(sd$n > 0) - 1
    obs <- if (is.matrix(sd$obs)) rowSums(sd$obs) else sd$obs
    ex <- if (is.matrix(sd$exp)) rowSums(sd$exp) else sd$exp
    out$logrank <- list(method = if (rho == 1) "peto-peto" else "log-rank", rho = rho, chisq = sd$chisq, df = df,
                        p = pchisq(sd$chisq, df, lower.tail = FALSE), observed = num(obs), expected = num(ex))
  } else {
    out["logrank"] <- list(NULL)
  }
  if (follow_up) {
    rev <- summary(survfit(Surv(t, 1 - e) ~ 1, data = d, conf.type = conf.type, conf.int = conf_level))$table
    out$follow_up <- list(median = one(rev["median"]), lower = one(rev[paste0(conf_level, "LCL")]),
                          upper = one(rev[paste0(conf_level, "UCL")]))
  }
  if (!is.null(rmst)) {
    est <- lapply(levels_all, function(lv) {
      tab <- summary(survfit(Surv(t, e) ~ 1, data = d[d$g == lv, ]), rmean = rmst)$table
      c(tab["rmean"], tab["se(rmean)"])
    })
    out$rmst <- list(tau = rmst, groups = lapply(seq_along(levels_all), function(i) {
      m <- unname(est[[i]][1]); se <- unname(est[[i]][2])
      list(level = levels_all[i], estimate = m, std_err = se, lower = m - zq() * se, upper = m + zq() * se)
    }))
    if (length(levels_all) == 2) {
      diff <- unname(est[[2]][1] - est[[1]][1]); se <- sqrt(unname(est[[1]][2]^2 + est[[2]][2]^2))
      out$rmst$difference <- list(estimate = diff, std_err = se, lower = diff - zq() * se, upper = diff + zq() * se,
                                  p = 2 * pnorm(-abs(diff / se)))
    }
  }
  out$`_analysed` <- analysed
  out
}

# ---- model designs ----
# A design column set for one covariate: numeric as is; categorical (order = the column's level order) as indicators
# of the levels present among the rows, reference first (the first present level unless ref names another).
design_of <- function(d, v, order = NULL, ref = NULL) {
  if (is.null(order)) return(list(x = matrix(d[[v]], ncol = 1, dimnames = list(NULL, v)), terms = v, levels = NULL, ref = NULL))
  values <- as.character(d[[v]])
  lv <- order[order %in% values]
  if (is.null(ref) || !(ref %in% lv)) ref <- lv[1]
  others <- setdiff(lv, ref)
  x <- sapply(others, function(l) as.numeric(values == l))
  x <- matrix(x, ncol = length(others), dimnames = list(NULL, paste0(v, "=", others)))
  list(x = x, terms = colnames(x), levels = c(ref, others), ref = ref)
}
design <- function(d, vars, cats, refs) {
  parts <- lapply(vars, function(v) design_of(d, v, cats[[v]], refs[[v]]))
  x <- do.call(cbind, lapply(parts, `[[`, "x"))
  widths <- vapply(parts, function(p) ncol(p$x), integer(1))
  list(x = x, parts = parts, columns = lapply(seq_along(parts), function(i) sum(widths[seq_len(i - 1)]) + seq_len(widths[i])))
}
complete <- function(d, cols) d[stats::complete.cases(d[, cols, drop = FALSE]), , drop = FALSE]
wald_joint <- function(b, V) { b <- as.numeric(b); as.numeric(t(b) %*% solve(V, b)) }

cox_fit <- function(d, x, ties, strata = NULL, init = NULL, iter.max = 20) {
  ctl <- coxph.control(iter.max = iter.max)
  if (is.null(x) || ncol(x) == 0) {
    if (is.null(strata)) return(coxph(Surv(d$t, d$e) ~ 1, ties = ties))
    return(coxph(Surv(d$t, d$e) ~ strata(strata), ties = ties))
  }
  if (is.null(init)) init <- rep(0, ncol(x))   # coxph takes init = NULL as a vector of the wrong length
  if (is.null(strata)) coxph(Surv(d$t, d$e) ~ x, ties = ties, init = init, control = ctl)
  else coxph(Surv(d$t, d$e) ~ x + strata(strata), ties = ties, init = init, control = ctl)
}
cox_loglik <- function(fit) if (is.null(fit$coefficients) || length(fit$coefficients) == 0) fit$loglik[1] else fit$loglik[2]

cox_terms <- function(fit, terms, vars_of, n, events) {
  s <- summary(fit, conf.int = conf_level)
  cf <- s$coefficients; ci <- s$conf.int   # columns exp(coef), exp(-coef), lower, upper
  lapply(seq_along(terms), function(j) list(
    term = terms[j], variable = vars_of[j], coef = cf[j, "coef"], se = cf[j, "se(coef)"], hr = ci[j, "exp(coef)"],
    lower = ci[j, 3], upper = ci[j, 4], z = cf[j, "z"], p = cf[j, "Pr(>|z|)"], n = n, events = events))
}

glm_fit <- function(y, x) if (is.null(x) || ncol(x) == 0) glm(y ~ 1, family = binomial) else glm(y ~ x, family = binomial)

logit_terms <- function(fit, terms, vars_of, n, profile = FALSE) {
  cf <- summary(fit)$coefficients
  ci <- if (profile) suppressMessages(confint(fit, level = conf_level)) else confint.default(fit, level = conf_level)
  if (is.null(dim(ci))) ci <- matrix(ci, nrow = 1)
  lapply(seq_along(terms), function(j) list(
    term = terms[j], variable = vars_of[j], coef = cf[j + 1, 1], se = cf[j + 1, 2], or = exp(cf[j + 1, 1]),
    lower = one(exp(ci[j + 1, 1])), upper = one(exp(ci[j + 1, 2])), z = cf[j + 1, 3], p = cf[j + 1, 4], n = n))
}

# The selection procedure of docs/selection.md over candidate covariates (each a set of design columns).
# fit(cols) fits the model on the given columns; score(fit, in_cols, cand_cols) is the entry statistic.
run_selection <- function(names, columns, method, entry_p, removal_p, removal_test, fit, loglik, score, coefs, vcov_of) {
  inm <- if (method == "backward") seq_along(names) else integer(0)
  cols_of <- function(set) unlist(columns[sort(set)])
  current <- fit(cols_of(inm))
  visited <- paste(sort(inm), collapse = ",")
  steps <- list()
  record <- function(action, k, stat, df) {
    steps[[length(steps) + 1]] <<- list(step = length(steps) + 1, action = action, variable = names[k], statistic = stat,
                                        df = df, p = pchisq(max(stat, 0), df, lower.tail = FALSE))
  }
  try_enter <- function() {
    outside <- setdiff(seq_along(names), inm)
    if (length(outside) == 0) return("none")
    st <- sapply(outside, function(k) score(current, cols_of(inm), columns[[k]]))
    df <- sapply(outside, function(k) length(columns[[k]]))
    p <- pchisq(pmax(st, 0), df, lower.tail = FALSE)
    best <- 1
    for (k in seq_along(outside)[-1]) if (p[k] < p[best] || (p[k] == p[best] && st[k] > st[best])) best <- k
    if (!(p[best] < entry_p)) return("none")
    inm <<- sort(c(inm, outside[best])); current <<- fit(cols_of(inm))
    record("enter", outside[best], st[best], df[best])
    key <- paste(inm, collapse = ","); if (key %in% visited) return("repeated"); visited <<- c(visited, key)
    "done"
  }
  try_remove <- function() {
    if (length(inm) == 0) return("none")
    st <- sapply(inm, function(k) {
      if (removal_test == "lr") max(0, 2 * (loglik(current) - loglik(fit(cols_of(setdiff(inm, k))))))
      else {
        all_cols <- cols_of(inm); pos <- match(columns[[k]], all_cols)
        wald_joint(coefs(current)[pos], vcov_of(current)[pos, pos, drop = FALSE])
      }
    })
    df <- sapply(inm, function(k) length(columns[[k]]))
    p <- pchisq(pmax(st, 0), df, lower.tail = FALSE)
    worst <- 1
    for (k in seq_along(inm)[-1]) if (p[k] > p[worst] || (p[k] == p[worst] && st[k] < st[worst])) worst <- k
    if (!(p[worst] > removal_p)) return("none")
    gone <- inm[worst]
    inm <<- setdiff(inm, gone); current <<- fit(cols_of(inm))
    record("remove", gone, st[worst], df[worst])
    key <- paste(inm, collapse = ","); if (key %in% visited) return("repeated"); visited <<- c(visited, key)
    "done"
  }
  repeat {
    if (method == "backward") { if (try_remove() != "done") break; next }
    r <- try_enter()
    if (r != "done") break
    if (method == "stepwise") {
      stop_all <- FALSE
      repeat { rr <- try_remove(); if (rr == "repeated") stop_all <- TRUE; if (rr != "done") break }
      if (stop_all) break
    }
  }
  list(selected = sort(inm), steps = steps)
}

# Univariate and multivariable Cox models of one analysis, as results.json holds them.
# What results.json says of each covariate: its type, reference level and levels (Cox and logistic alike).
covariate_info <- function(all, all_des, covariates, cats) lapply(seq_along(covariates), function(i) {
  p <- all_des$parts[[i]]; v <- covariates[i]
  type <- if (!is.null(cats[[v]])) "categorical" else if (all(all[[v]] %in% c(0, 1))) "binary" else "numeric"
  list(variable = v, type = type, reference = if (is.null(p$ref)) NA else p$ref, levels = strs(if (is.null(p$levels)) character(0) else p$levels))
})

# The selection record before its steps: the options, the candidates, and those kept by the screen.
selection_start <- function(select, covariates, screened)
  list(method = select$method, screen_p = if (is.null(select$screen_p)) NA else select$screen_p,
       entry_p = select$entry_p, removal_p = select$removal_p, entry_test = "score",
       removal_test = select$removal_test, candidates = strs(covariates), steps = list(),
       selected = strs(screened))

cox_expected <- function(d, covariates, cats = list(), refs = list(), ties = "efron", strata_col = NULL,
                         ph_test = FALSE, select = NULL) {
  analysed <- nrow(d)
  base_cols <- c("t", "e", strata_col)
  d <- complete(d, c("t", "e"))
  strata_of <- function(x) if (is.null(strata_col)) NULL else x[[strata_col]]
  uni <- list(); uni_p <- c()
  for (v in covariates) {
    x <- complete(d, c(v, strata_col))
    des <- design(x, v, cats, refs)
    fit <- cox_fit(x, des$x, ties, strata_of(x))
    uni <- c(uni, cox_terms(fit, des$parts[[1]]$terms, rep(v, ncol(des$x)), fit$n, fit$nevent))
    uni_p <- c(uni_p, if (ncol(des$x) == 1) summary(fit)$coefficients[1, "Pr(>|z|)"]
                      else pchisq(wald_joint(coef(fit), vcov(fit)), ncol(des$x), lower.tail = FALSE))
  }
  names(uni_p) <- covariates
  all <- complete(d, c(covariates, strata_col))
  all_des <- design(all, covariates, cats, refs)
  covinfo <- covariate_info(all, all_des, covariates, cats)
  kept <- covariates
  selection <- NULL
  if (!is.null(select)) {
    screened <- if (is.null(select$screen_p)) covariates else covariates[uni_p <= select$screen_p]
    selection <- selection_start(select, covariates, screened)
    kept <- screened
    if (select$method != "enter" && length(screened) > 0) {
      sd <- complete(d, c(screened, strata_col))
      sdes <- design(sd, screened, cats, refs)
      st <- strata_of(sd)
      fit <- function(cols) cox_fit(sd, if (length(cols)) sdes$x[, cols, drop = FALSE] else NULL, ties, st)
      score <- function(cur, in_cols, cand) {
        init <- c(if (length(in_cols)) coef(cur) else numeric(0), rep(0, length(cand)))
        at <- cox_fit(sd, sdes$x[, c(in_cols, cand), drop = FALSE], ties, st, init = init, iter.max = 0)
        at$score
      }
      res <- run_selection(screened, sdes$columns, select$method, select$entry_p, select$removal_p, select$removal_test,
                           fit, cox_loglik, score, coef, vcov)
      kept <- screened[res$selected]
      selection$steps <- res$steps
      selection$selected <- strs(kept)
    }
  }
  out <- list(rows_missing = analysed - nrow(all), ties = ties, strata = strs(if (is.null(strata_col)) character(0) else strata_col),
              covariates = covinfo, univariate = uni)
  if (length(kept) > 0) {
    m <- complete(d, c(kept, strata_col))
    des <- design(m, kept, cats, refs)
    fit <- cox_fit(m, des$x, ties, strata_of(m))
    s <- summary(fit)
    vars_of <- unlist(lapply(seq_along(kept), function(i) rep(kept[i], ncol(des$parts[[i]]$x))))
    terms <- unlist(lapply(des$parts, `[[`, "terms"))
    test3 <- function(v) list(chisq = unname(v["test"]), df = unname(v["df"]), p = pchisq(unname(v["test"]), unname(v["df"]), lower.tail = FALSE))
    mv <- list(n = fit$n, events = fit$nevent, loglik = fit$loglik[2], loglik_null = fit$loglik[1],
               concordance = unname(fit$concordance["concordance"]), concordance_std_err = unname(fit$concordance["std"]),
               likelihood_ratio = test3(s$logtest),
               wald = list(chisq = wald_joint(coef(fit), vcov(fit)), df = length(coef(fit)),
                           p = pchisq(wald_joint(coef(fit), vcov(fit)), length(coef(fit)), lower.tail = FALSE)),
               score = test3(s$sctest), converged = TRUE, iterations = fit$iter,
               terms = cox_terms(fit, terms, vars_of, fit$n, fit$nevent))
    if (ph_test) {
      # cox.zph per covariate: the formula's terms are the design's columns, so group them per covariate by hand
      # through a fit on a data frame with one column per covariate (factors for categorical ones).
      md <- data.frame(t = m$t, e = m$e)
      for (i in seq_along(kept)) {
        v <- kept[i]
        md[[v]] <- if (!is.null(cats[[v]])) factor(as.character(m[[v]]), levels = des$parts[[i]]$levels) else m[[v]]
      }
      f <- as.formula(paste("Surv(t, e) ~", paste(kept, collapse = " + "), if (!is.null(strata_col)) "+ strata(st)" else ""))
      if (!is.null(strata_col)) md$st <- m[[strata_col]]
      zfit <- coxph(f, data = md, ties = ties)
      stopifnot(isTRUE(all.equal(unname(coef(zfit)), unname(coef(fit)), tolerance = 1e-12)))
      z <- cox.zph(zfit)$table
      mv$proportional_hazards <- list(transform = "km",
        terms = lapply(seq_along(kept), function(i) list(term = kept[i], chisq = z[i, "chisq"], df = z[i, "df"], p = z[i, "p"])),
        global = list(chisq = z["GLOBAL", "chisq"], df = z["GLOBAL", "df"], p = z["GLOBAL", "p"]))
    }
    if (!is.null(selection)) mv$selection <- selection
    out$multivariable <- mv
  } else {
    out["multivariable"] <- list(NULL)
  }
  out$`_analysed` <- analysed
  out
}

# separation: what the data were built to show (analysis_separation.csv), "none" elsewhere; R only warns, if at all.
logistic_expected <- function(d, outcome, covariates, cats = list(), refs = list(), profile = FALSE, select = NULL,
                              separation = "none") {
  analysed <- nrow(d)
  d$y <- outcome
  d <- d[!is.na(d$y), ]
  uni <- list(); uni_p <- c()
  for (v in covariates) {
    x <- complete(d, v)
    des <- design(x, v, cats, refs)
    fit <- glm_fit(x$y, des$x)
    uni <- c(uni, logit_terms(fit, des$parts[[1]]$terms, rep(v, ncol(des$x)), nrow(x), profile))
    V <- vcov(fit)[-1, -1, drop = FALSE]
    uni_p <- c(uni_p, if (ncol(des$x) == 1) summary(fit)$coefficients[2, 4]
                      else pchisq(wald_joint(coef(fit)[-1], V), ncol(des$x), lower.tail = FALSE))
  }
  names(uni_p) <- covariates
  all <- complete(d, covariates)
  all_des <- design(all, covariates, cats, refs)
  covinfo <- covariate_info(all, all_des, covariates, cats)
  kept <- covariates
  selection <- NULL
  if (!is.null(select)) {
    screened <- if (is.null(select$screen_p)) covariates else covariates[uni_p <= select$screen_p]
    selection <- selection_start(select, covariates, screened)
    kept <- screened
    if (select$method != "enter" && length(screened) > 0) {
      sd <- complete(d, screened)
      sdes <- design(sd, screened, cats, refs)
      X <- sdes$x
      colnames(X) <- paste0("c", seq_len(ncol(X)))
      frame <- data.frame(y = sd$y, X)
      fit <- function(cols) glm(reformulate(if (length(cols)) colnames(X)[cols] else "1", "y"), family = binomial, data = frame)
      # Rao's score statistic for adding the candidate's columns together (add1 would add them one at a time):
      # anova(test = "Rao") of the current fit against the fit with them, which equals add1(test = "Rao") for one column.
      score <- function(cur, in_cols, cand) {
        big <- glm(reformulate(colnames(X)[c(in_cols, cand)], "y"), family = binomial, data = frame)
        anova(cur, big, test = "Rao")$Rao[2]
      }
      res <- run_selection(screened, sdes$columns, select$method, select$entry_p, select$removal_p, select$removal_test,
                           fit, function(f) as.numeric(logLik(f)), score, function(f) coef(f)[-1],
                           function(f) vcov(f)[-1, -1, drop = FALSE])
      kept <- screened[res$selected]
      selection$steps <- res$steps
      selection$selected <- strs(kept)
    }
  }
  out <- list(rows_missing = analysed - nrow(all), interval_method = if (profile) "profile" else "wald", covariates = covinfo,
              univariate = uni)
  if (length(kept) > 0) {
    m <- complete(d, kept)
    des <- design(m, kept, cats, refs)
    fit <- glm_fit(m$y, des$x)
    vars_of <- unlist(lapply(seq_along(kept), function(i) rep(kept[i], ncol(des$parts[[i]]$x))))
    terms <- unlist(lapply(des$parts, `[[`, "terms"))
    lr <- fit$null.deviance - fit$deviance; lr_df <- fit$df.null - fit$df.residual
    icf <- summary(fit)$coefficients[1, ]
    mv <- list(n = nrow(m), events = sum(m$y), loglik = as.numeric(logLik(fit)), loglik_null = -fit$null.deviance / 2,
               aic = AIC(fit), likelihood_ratio = list(chisq = lr, df = lr_df, p = pchisq(lr, lr_df, lower.tail = FALSE)),
               converged = fit$converged, iterations = fit$iter, separation = separation,
               intercept = list(term = "(Intercept)", coef = unname(icf[1]), se = unname(icf[2]), z = unname(icf[3]), p = unname(icf[4])),
               terms = logit_terms(fit, terms, vars_of, nrow(m), profile))
    if (!is.null(selection)) mv$selection <- selection
    out$multivariable <- mv
  } else {
    out["multivariable"] <- list(NULL)
  }
  out$`_analysed` <- analysed
  out
}

# ---- baseline ----
# Levels and groups without a count (a group where the row is never recorded) are no part of the table tested.
count_test <- function(tab) {
  tab <- tab[rowSums(tab) > 0, colSums(tab) > 0, drop = FALSE]
  if (nrow(tab) < 2 || ncol(tab) < 2) return(list(test = NA, statistic = NA, df = NA, p = NA))
  ch <- suppressWarnings(chisq.test(tab, correct = FALSE))
  if (min(ch$expected) < 5 && (nrow(tab) == 2 || ncol(tab) == 2))
    return(list(test = "fisher", statistic = NA, df = NA, p = fisher.test(tab)$p.value))
  list(test = "chisq", statistic = unname(ch$statistic), df = unname(ch$parameter), p = ch$p.value)
}
summary_of <- function(x) {
  if (length(x) == 0) return(list(n = 0, mean = NA, sd = NA, median = NA, q1 = NA, q3 = NA, min = NA, max = NA))
  q <- quantile(x, c(0.25, 0.5, 0.75), type = 7)
  list(n = length(x), mean = mean(x), sd = if (length(x) > 1) sd(x) else NA, median = unname(q[2]), q1 = unname(q[1]),
       q3 = unname(q[3]), min = min(x), max = max(x))
}
# Percent of a group's recorded values; a group where the row was never recorded has none (R's 0/0 is NaN,
# written as null; its missing count says why).
pct <- function(count, of) ifelse(of == 0, NA, 100 * count / of)
smd_binary <- function(p1, p2) { v <- (p1 * (1 - p1) + p2 * (1 - p2)) / 2; if (v > 0) (p1 - p2) / sqrt(v) else NA }
smd_cont <- function(x1, x2) {
  if (length(x1) < 2 || length(x2) < 2) return(NA)
  v <- (var(x1) + var(x2)) / 2; if (v > 0) (mean(x1) - mean(x2)) / sqrt(v) else NA
}
# rows: list of list(variable, type = binary|categorical|continuous, levels = level order for categorical)
baseline_expected <- function(d, by, rows, odds_ratio = FALSE, continuous_test = NULL) {
  analysed <- nrow(d)
  if (is.null(by)) { d$grp <- "All" } else { d$grp <- d[[by]] }
  d <- d[!is.na(d$grp), ]
  glv <- if (is.null(by)) "All" else as.character(sort(unique(d$grp)))
  d$grp <- factor(as.character(d$grp), levels = glv)
  groups <- lapply(glv, function(g) list(level = g, n = sum(d$grp == g)))
  out_rows <- lapply(rows, function(r) {
    v <- r$variable; x <- d[[v]]
    missing <- ints(sapply(glv, function(g) sum(is.na(x[d$grp == g]))))
    if (r$type == "binary") {
      ok <- !is.na(x)
      tab <- table(factor(x[ok] == 1, levels = c(TRUE, FALSE)), d$grp[ok])
      ct <- count_test(tab)
      yes <- as.integer(tab["TRUE", ]); obs <- as.integer(colSums(tab))
      row <- list(variable = v, type = "binary", test = ct$test, statistic = ct$statistic, df = ct$df, p = ct$p,
                  levels = list(list(level = "Yes", counts = ints(yes), percents = num(pct(yes, obs)),
                                     overall = sum(yes), overall_percent = if (sum(obs) > 0) 100 * sum(yes) / sum(obs) else NA)),
                  missing = missing)
      if (odds_ratio) {
        first <- as.integer(d$grp[ok] == glv[1])
        fit <- glm(first ~ as.integer(x[ok] == 1), family = binomial)
        cf <- summary(fit)$coefficients; ci <- confint.default(fit, level = conf_level)
        row$or <- exp(cf[2, 1]); row$lower <- exp(ci[2, 1]); row$upper <- exp(ci[2, 2]); row$or_p <- cf[2, 4]
      }
      if (length(glv) == 2) row$smd <- smd_binary(yes[1] / obs[1], yes[2] / obs[2])
      return(row)
    }
    if (r$type == "categorical") {
      ok <- !is.na(x)
      tab <- table(factor(as.character(x[ok]), levels = r$levels), d$grp[ok])
      tab <- tab[rowSums(tab) > 0, , drop = FALSE]
      ct <- count_test(tab)
      obs <- colSums(tab)
      return(list(variable = v, type = "categorical", test = ct$test, statistic = ct$statistic, df = ct$df, p = ct$p,
                  levels = lapply(rownames(tab), function(l) list(level = l, counts = ints(tab[l, ]),
                                                                  percents = num(pct(tab[l, ], obs)),
                                                                  overall = sum(tab[l, ]), overall_percent = 100 * sum(tab[l, ]) / sum(obs))),
                  missing = missing))
    }
    vals <- lapply(glv, function(g) { y <- x[d$grp == g]; y[!is.na(y)] })
    test <- NA; stat <- NA; df <- NA; p <- NA
    # Groups where the row was never recorded take no part in the test (kruskal.test would stop on them).
    rec <- vals[sapply(vals, length) > 0]
    if (length(rec) >= 2) {
      parametric <- !is.null(continuous_test) && continuous_test %in% c("t", "anova")
      if (length(glv) == 2 && !parametric) {
        w <- suppressWarnings(wilcox.test(vals[[1]], vals[[2]])); test <- "wilcoxon"; stat <- unname(w$statistic); p <- w$p.value
      } else if (length(glv) == 2) {
        if (min(sapply(vals, length)) >= 2) {   # t.test stops with "not enough observations" below 2
          tt <- t.test(vals[[1]], vals[[2]]); test <- "t"; stat <- unname(tt$statistic); df <- unname(tt$parameter); p <- tt$p.value
        }
      } else if (!parametric) {
        k <- kruskal.test(rec); test <- "kruskal"; stat <- unname(k$statistic); df <- unname(k$parameter); p <- k$p.value
      } else {
        a <- oneway.test(y ~ g, data = data.frame(y = unlist(rec), g = rep(seq_along(rec), sapply(rec, length))), var.equal = TRUE)
        test <- "anova"; stat <- unname(a$statistic); df <- unname(a$parameter[1]); p <- a$p.value
      }
    }
    row <- list(variable = v, type = "continuous", test = test, statistic = stat, df = df, p = p,
                summaries = lapply(vals, summary_of), overall_summary = summary_of(unlist(vals)), missing = missing)
    if (length(glv) == 2) row$smd <- smd_cont(vals[[1]], vals[[2]])
    row
  })
  list(rows_missing = analysed - nrow(d), groups = groups, overall = nrow(d), rows = out_rows, `_analysed` = analysed)
}

subgroup_expected <- function(d, arm_col, reference, subgroups, orders = list(), ties = "efron") {
  analysed <- nrow(d)
  d <- d[!is.na(d$t) & !is.na(d$e) & !is.na(d[[arm_col]]), ]
  lv <- sort(unique(d[[arm_col]]))
  compared <- setdiff(lv, reference)
  d$arm <- as.integer(d[[arm_col]] == compared)
  est <- function(level, x) {
    r <- list(level = level, n = nrow(x), events = sum(x$e), hr = NA, lower = NA, upper = NA, p = NA)
    if (sum(x$e) == 0 || length(unique(x$arm)) < 2) return(r)
    infinite <- FALSE
    fit <- withCallingHandlers(coxph(Surv(t, e) ~ arm, data = x, ties = ties),
                               warning = function(w) {
                                 if (grepl("may be infinite|did not converge", conditionMessage(w))) infinite <<- TRUE
                                 invokeRestart("muffleWarning") })
    # A coefficient R flags as infinite, or one still diverging when R runs out of iterations, has no hazard ratio,
    # interval or P in results.json (docs/cox-methods.md: "Infinite coefficient"; here 3 rows, coef 21 after 20 steps).
    if (infinite) return(r)
    s <- summary(fit, conf.int = conf_level)
    r$hr <- s$conf.int[1, "exp(coef)"]; r$lower <- s$conf.int[1, 3]; r$upper <- s$conf.int[1, 4]
    r$p <- s$coefficients[1, "Pr(>|z|)"]
    r
  }
  vars <- lapply(subgroups, function(v) {
    x <- d[!is.na(d[[v]]), ]
    if (is.logical(x[[v]])) x[[v]] <- tolower(as.character(x[[v]]))
    order <- if (is.null(orders[[v]])) as.character(sort(unique(x[[v]]))) else orders[[v]]
    x$v <- factor(as.character(x[[v]]), levels = order[order %in% as.character(x[[v]])])
    levels_v <- levels(x$v)
    main <- coxph(Surv(t, e) ~ arm + v, data = x, ties = ties)
    inter <- coxph(Surv(t, e) ~ arm * v, data = x, ties = ties)
    a <- anova(main, inter)
    list(variable = v, levels = lapply(levels_v, function(l) est(l, x[x$v == l, ])),
         interaction_p = one(a[2, "Pr(>|Chi|)"]))
  })
  list(rows_missing = analysed - nrow(d), reference = reference, compared = compared, ties = ties,
       overall = est("All", d), variables = vars, `_analysed` = analysed)
}

# data_quality: rows read, then missing values per column (file columns, then derived ones) among the included rows.
dq_expected <- function(all_rows, included) list(rows = all_rows, missing = lapply(names(included), function(v)
  list(variable = v, missing = sum(is.na(included[[v]])), n = nrow(included))))

flow_expected <- function(d, include = list(), exclude = list(), groups = NULL) {
  ok <- function(x) !is.na(x) & x
  remaining <- rep(TRUE, nrow(d)); excluded <- list()
  for (nm in names(include)) {
    excluded[[length(excluded) + 1]] <- list(reason = paste("not meeting:", nm), n = sum(remaining & !ok(include[[nm]])), kind = "inclusion")
    remaining <- remaining & ok(include[[nm]])
  }
  for (nm in names(exclude)) {
    excluded[[length(excluded) + 1]] <- list(reason = nm, n = sum(remaining & ok(exclude[[nm]])), kind = "exclusion")
    remaining <- remaining & !ok(exclude[[nm]])
  }
  f <- list(screened = nrow(d), excluded = excluded, included = sum(remaining), groups = list())
  if (!is.null(groups)) {
    g <- groups[remaining]
    f$groups <- lapply(sort(unique(g[!is.na(g)])), function(l) list(level = l, n = sum(g == l, na.rm = TRUE)))
  }
  list(flow = f, rows = remaining)
}

# ============================================================================================= km ==
# Spec: tests/HccReport.Analysis.Tests/Specs/km.yaml (analysis_aml.csv, time_unit weeks)
fl <- flow_expected(aml, exclude = list("Withdrew consent" = aml$id == 23))
a <- aml[fl$rows, ]
base <- data.frame(t = a$time, e = a$status, g = a$x, s = a$centre, stringsAsFactors = FALSE)
write_expected(list(
  flow = fl$flow,
  data_quality = dq_expected(nrow(aml), aml[fl$rows, ]),
  analyses = list(
    km_all = km_expected(base, at = c(10, 30, 200), follow_up = TRUE, by = FALSE, unit = "weeks"),
    km_x = km_expected(base, conf.type = "log-log", at = c(12, 24, 60), rmst = 40, follow_up = TRUE, unit = "weeks"),
    km_plain_peto = km_expected(base, conf.type = "plain", rho = 1, unit = "weeks", step = 10),
    km_strata = km_expected(base, strata = TRUE, unit = "weeks", xmax = 100),
    km_where = km_expected(base[!is.na(base$s) & base$s == "North", ], rmst = 30, unit = "weeks")
  )), "km")

# ============================================================================================ cox ==
# Spec: Specs/cox.yaml (analysis_kidney.csv, time_unit days)
disease_levels <- sort(unique(kid$disease[!is.na(kid$disease)]), method = "radix")
kd <- data.frame(t = kid$time, e = kid$status, age = kid$age, sex = kid$sex, disease = kid$disease, frail = kid$frail,
                 stringsAsFactors = FALSE)
write_expected(list(
  flow = flow_expected(kid)$flow,
  data_quality = dq_expected(nrow(kid), kid),
  analyses = list(
    cox_kidney = cox_expected(kd, c("age", "sex", "disease", "frail"), cats = list(disease = disease_levels), refs = list(disease = "Other"),
                              ph_test = TRUE),
    cox_breslow_strata = cox_expected(kd, c("age", "disease"), cats = list(disease = disease_levels), ties = "breslow", strata_col = "sex",
                                      ph_test = TRUE)
  )), "cox")

# =========================================================================================== gbsg ==
# Spec: Specs/gbsg.yaml (analysis_gbsg.csv, time_unit days): cohort rules, selection, logistic, baseline, subgroups
g <- gb
g$size_cat <- ifelse(is.na(g$size), NA, ifelse(g$size <= 20, "<=20", ifelse(g$size <= 50, "20-50", ">50")))
g$nodes_cat <- ifelse(g$nodes <= 3, "0-3", ifelse(g$nodes <= 20, "4-20", ">20"))
g$nodes_gt20 <- g$nodes > 20   # a condition: a true/false column, whose levels are "false" and "true"
g$treatment <- ifelse(g$hormon == 1, "Tamoxifen", "None")
fl <- flow_expected(g, include = list("Aged 25 or over" = g$age >= 25), exclude = list("More than 40 nodes" = g$nodes > 40),
                    groups = g$treatment)
gi <- g[fl$rows, ]
gi$t <- gi$rfstime; gi$e <- gi$status
size_levels <- c("<=20", "20-50", ">50")
nodes_levels <- c("0-3", "4-20", ">20")
all8 <- c("age", "meno", "size", "grade", "nodes", "pgr", "er", "hormon")
sel <- function(method, screen_p = NULL, entry_p = 0.05, removal_p = 0.10, removal_test = "lr")
  list(method = method, screen_p = screen_p, entry_p = entry_p, removal_p = removal_p, removal_test = removal_test)
grade_cat <- list(grade = c("1", "2", "3"))
write_expected(list(
  flow = fl$flow,
  data_quality = dq_expected(nrow(g), gi[, c(names(gb), "size_cat", "nodes_cat", "nodes_gt20", "treatment")]),
  analyses = list(
    cox_stepwise = cox_expected(gi, all8, cats = grade_cat, select = sel("stepwise", screen_p = 0.05)),
    cox_backward = cox_expected(gi, all8, cats = grade_cat, select = sel("backward", removal_test = "wald")),
    cox_forward = cox_expected(gi, c("age", "size_cat", "grade", "nodes", "pgr", "hormon"),
                               cats = list(size_cat = size_levels, grade = c("1", "2", "3")), refs = list(size_cat = "20-50"),
                               select = sel("forward", screen_p = 0.2, entry_p = 0.01)),
    logit_stepwise = logistic_expected(gi, gi$status, all8, cats = grade_cat, select = sel("stepwise", screen_p = 0.05)),
    logit_backward = logistic_expected(gi, gi$status, all8, cats = grade_cat, select = sel("backward", removal_p = 0.05)),
    # size_cat alone: joint Wald P 0.0105, LR P 0.0096; screening uses the Wald P, so size_cat does not pass 0.01.
    logit_screen = logistic_expected(gi, gi$status, c("age", "size_cat", "meno"), cats = list(size_cat = size_levels),
                                     select = sel("enter", screen_p = 0.01)),
    logit_profile = logistic_expected(gi, gi$status, c("age", "grade", "hormon"), cats = grade_cat, refs = list(grade = "2"),
                                      profile = TRUE),
    table1 = baseline_expected(gi, "treatment", list(
      list(variable = "age", type = "continuous"), list(variable = "meno", type = "binary"),
      list(variable = "grade", type = "categorical", levels = c("1", "2", "3")),
      list(variable = "size_cat", type = "categorical", levels = size_levels),
      list(variable = "nodes_cat", type = "categorical", levels = nodes_levels),
      list(variable = "nodes_gt20", type = "binary"), list(variable = "pgr", type = "continuous")), odds_ratio = TRUE),
    table_grade = baseline_expected(gi, "grade", list(
      list(variable = "age", type = "continuous"), list(variable = "size", type = "continuous"),
      list(variable = "meno", type = "binary"), list(variable = "nodes_cat", type = "categorical", levels = nodes_levels),
      list(variable = "marker", type = "binary"), list(variable = "pgr_marker", type = "continuous")),
      continuous_test = "anova"),
    table_kruskal = baseline_expected(gi, "grade", list(list(variable = "age", type = "continuous"),
                                                        list(variable = "nodes", type = "continuous"),
                                                        list(variable = "pgr_marker", type = "continuous"))),
    table_t = baseline_expected(gi, "meno", list(list(variable = "age", type = "continuous"),
                                                 list(variable = "pgr", type = "continuous")), continuous_test = "t"),
    table_all = baseline_expected(gi, NULL, list(list(variable = "age", type = "continuous"),
                                                 list(variable = "grade", type = "categorical", levels = c("1", "2", "3")),
                                                 list(variable = "meno", type = "binary"))),
    subgroups = subgroup_expected(gi, "treatment", "None", c("meno", "grade", "size_cat", "nodes_gt20"),
                                  orders = list(size_cat = size_levels)),
    km_grade = km_expected(data.frame(t = gi$t, e = gi$e, g = gi$grade)[!is.na(gi$meno) & gi$meno == 1, ],
                           at = c(365, 730, 1825), rmst = 1000, follow_up = TRUE, unit = "days")
  )), "gbsg")

# ====================================================================================== separation ==
# Spec: Specs/separation.yaml (analysis_separation.csv)
write_expected(list(
  flow = flow_expected(edge)$flow,
  data_quality = dq_expected(nrow(edge), edge),
  analyses = list(
    logit_quasi = logistic_expected(edge, edge$y_quasi, c("x1", "z"), separation = "quasi-complete"),
    logit_complete = suppressWarnings(logistic_expected(edge, edge$y_sep, c("x1", "x2"), separation = "complete"))
  )), "separation")

# =========================================================================================== edge ==
# Spec: Specs/edge.yaml (analysis_edge.csv)
ed$t <- ed$time; ed$e <- ed$status
grade2_levels <- c("I", "II", "III")
site_levels <- c("S1", "S2", "S3", "S4")
write_expected(list(
  flow = flow_expected(ed)$flow,
  data_quality = dq_expected(nrow(ed), ed[, setdiff(names(ed), c("t", "e"))]),
  analyses = list(
    sub_edge = suppressWarnings(subgroup_expected(ed, "arm", "A", c("site", "grade2"))),
    cox_edge = cox_expected(ed, c("grade2", "flag"), cats = list(grade2 = grade2_levels)),
    logit_edge = logistic_expected(ed, ed$y, c("flag", "grade2"), cats = list(grade2 = grade2_levels)),
    # t.test needs two values per group: arm B has one biomarker value, so there is no test (R: an error).
    base_edge = baseline_expected(ed, "arm", list(list(variable = "biomarker", type = "continuous"), list(variable = "flag", type = "binary"),
                                                  list(variable = "grade2", type = "categorical", levels = grade2_levels),
                                                  list(variable = "site", type = "categorical", levels = site_levels)),
                                  continuous_test = "t"),
    base_edge_wilcoxon = baseline_expected(ed, "arm", list(list(variable = "biomarker", type = "continuous"))),
    km_edge = km_expected(data.frame(t = ed$t, e = ed$e, g = ed$site)[ed$arm == "B", ], unit = "months"),
    # survdiff(... + strata(batch)) keeps arm A only: "There is only 1 group", so there is no test.
    km_edge_strata = km_expected(data.frame(t = ed$t, e = ed$e, g = ed$arm, s = ed$batch), unit = "months", strata = TRUE,
                                 test = FALSE)
  )), "edge")

# ======================================================================================== levels90 ==
# Spec: Specs/levels90.yaml (confidence_level: 0.90): every interval at 90%.
conf_level <- 0.90
fl <- flow_expected(aml, exclude = list("Withdrew consent" = aml$id == 23))
a <- aml[fl$rows, ]
base <- data.frame(t = a$time, e = a$status, g = a$x, s = a$centre, stringsAsFactors = FALSE)
write_expected(list(
  flow = fl$flow,
  data_quality = dq_expected(nrow(aml), transform(aml[fl$rows, ], long = time > 20)),
  analyses = list(
    km_x = km_expected(base, at = c(12, 24), rmst = 40, follow_up = TRUE, unit = "weeks"),
    cox_x = cox_expected(data.frame(t = a$time, e = a$status, x = a$x), "x", cats = list(x = c("Maintained", "Nonmaintained"))),
    logit_x = logistic_expected(a, as.integer(a$time > 20), "x", cats = list(x = c("Maintained", "Nonmaintained")), profile = TRUE),
    table_x = baseline_expected(transform(a, long = as.integer(time > 20)), "x", list(list(variable = "long", type = "binary")),
                                odds_ratio = TRUE),
    # The interaction coefficient runs to infinity (coxph warns); the likelihood ratio and its P exist all the same.
    sub_x = suppressWarnings(subgroup_expected(transform(a, t = time, e = status), "x", "Maintained", "centre"))
  )), "levels90")
conf_level <- 0.95
