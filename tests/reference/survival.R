# Reference values for the survival estimators of HccReport.Statistics (Survival/).
# Run from tests/reference: Rscript survival.R
#
# Writes
#   data/survival_edge.csv         small hand-made edge cases (column `case` names each one)
#   data/survival_spss.csv         the SPSS 31 fixture of shared/notes/spss-conventions.md, rebuilt from its rule
#   expected/survival_km.json      survfit (censor=TRUE layout), summary(fit)$table, quantile(), summary(times=),
#                                  summary(times=, extend=TRUE), print(fit, rmean=tau), reverse-KM follow-up
#   expected/survival_logrank.json survdiff (rho = 0, 0.5, 1; with strata()), survMisc::comp weights n and sqrt(n)
#   expected/survival_rmean_diff.json difference of two restricted means (Wald, from print rmean values)
# Every curve is fitted on one group's rows (as the estimator does), with survfit's defaults otherwise
# (timefix = TRUE, conf.lower = "usual").
suppressPackageStartupMessages({
  library(survival)
  library(jsonlite)
  library(survMisc)
})

read_data <- function(name) read.csv(file.path("data", paste0(name, ".csv")), stringsAsFactors = FALSE)

# ---- edge cases --------------------------------------------------------------------------------------
edge <- rbind(
  # every observation censored: S = 1 throughout, nothing reached
  data.frame(case = "all_censored", time = c(3, 5, 5, 8, 10), status = 0),
  # one event among censorings
  data.frame(case = "single_event", time = c(2, 4, 6, 7, 9), status = c(0, 1, 0, 0, 0)),
  # heavy ties between events and censorings at the same times
  data.frame(case = "heavy_ties",
             time = c(rep(1, 6), rep(2, 7), rep(3, 7), rep(5, 4)),
             status = c(1, 1, 1, 1, 0, 0,  1, 1, 1, 1, 1, 0, 0,  1, 1, 1, 0, 0, 0, 0,  1, 0, 1, 0)),
  # S is exactly 0.5 from t = 3 until the event at t = 5: the median is the midpoint 4
  data.frame(case = "midpoint", time = c(1, 2, 3, 5, 6, 7, 8, 9), status = c(1, 1, 1, 1, 1, 0, 1, 0)),
  # events and censorings at time 0: S(0) < 1 and no row is added at 0
  data.frame(case = "zero_times", time = c(0, 0, 0, 1, 2, 2, 3, 4, 6, 7), status = c(1, 1, 0, 1, 1, 0, 1, 0, 1, 0)),
  # median reached but the upper limit of its interval is not
  data.frame(case = "upper_not_reached", time = 1:10, status = c(1, 1, 1, 1, 1, 1, 0, 0, 0, 0)),
  # S stays exactly 0.5 until the last (censored) time: print() takes the first time, quantile() the midpoint
  data.frame(case = "ends_at_half", time = c(1, 2, 3, 4), status = c(1, 1, 0, 0)),
  # the last observation is an event: S reaches 0, the log interval there is NA
  data.frame(case = "reaches_zero", time = c(1, 2, 2, 4, 5, 7), status = c(1, 0, 1, 1, 0, 1)),
  # times that differ by less than sqrt(.Machine$double.eps) relative: survfit's timefix merges them
  data.frame(case = "near_ties", time = c(1, 1 + 1e-10, 2, 2, 3, 4 - 1e-12, 4, 5),
             status = c(1, 1, 0, 1, 1, 1, 0, 1))
)
# Two-group and three-group sets for the log-rank edge cases.
edge_lr <- rbind(
  # group C is at risk throughout but has no event: expected > 0, so it still counts in df
  data.frame(case = "lr_group_without_events", time = c(1, 3, 4, 6, 8,  2, 3, 5, 7, 9,  2, 4, 6, 10, 11),
             status = c(1, 1, 0, 1, 1,  1, 1, 1, 0, 1,  0, 0, 0, 0, 0),
             group = rep(c("A", "B", "C"), each = 5)),
  # group C leaves before the first event: its expected count is 0 and it drops out of df
  data.frame(case = "lr_group_expected_zero", time = c(3, 4, 6, 8, 9,  3, 5, 7, 7, 10,  1, 1.5, 2, 2, 2.5),
             status = c(1, 1, 0, 1, 1,  1, 1, 1, 0, 1,  0, 0, 0, 0, 0),
             group = rep(c("A", "B", "C"), each = 5))
)
edge$group <- ""
edge_all <- rbind(edge, edge_lr)
write.csv(edge_all, file.path("data", "survival_edge.csv"), row.names = FALSE)
edge_all <- read_data("survival_edge")   # read back, so R uses exactly what the tests read

# ---- Kaplan-Meier curves -----------------------------------------------------------------------------
na_if_bad <- function(x) { x[!is.finite(x)] <- NA; x }

km_case <- function(name, df, tcol, scol, gcol = NULL, gval = NULL, conf = NULL, landmarks, risk_times, taus) {
  rows <- if (is.null(gcol)) df else df[as.character(df[[gcol]]) == gval, ]
  tt <- rows[[tcol]]; ss <- rows[[scol]]
  if (is.null(conf)) conf <- list(c("log", 0.95), c("log-log", 0.95), c("plain", 0.95), c("log", 0.90))
  base <- survfit(Surv(tt, ss) ~ 1)
  out <- list(name = name, source = df_name, time_column = tcol, status_column = scol,
              group_column = gcol, group_value = gval,
              n = base$n, events = sum(base$n.event),
              time = base$time, n_risk = base$n.risk, n_event = base$n.event, n_censor = base$n.censor,
              surv = base$surv,
              # summary()'s std.err: Greenwood SE of S (survfit stores the SE of -log S)
              std_err = na_if_bad(summary(base, censored = TRUE)$std.err))
  out$conf <- lapply(conf, function(cc) {
    fit <- survfit(Surv(tt, ss) ~ 1, conf.type = cc[1], conf.int = as.numeric(cc[2]))
    tab <- summary(fit)$table
    probs <- c(0.1, 0.25, 0.5, 0.75, 0.9)
    q <- quantile(fit, probs)
    lm <- lapply(landmarks, function(t) {
      if (t > max(fit$time)) return(c(NA, NA))
      s <- summary(fit, times = t)
      c(s$lower, s$upper)
    })
    list(type = cc[1], level = as.numeric(cc[2]),
         lower = na_if_bad(fit$lower), upper = na_if_bad(fit$upper),
         median = unname(tab["median"]),
         median_lower = unname(tab[paste0(cc[2], "LCL")]), median_upper = unname(tab[paste0(cc[2], "UCL")]),
         probs = probs, quantile = unname(q$quantile), quantile_lower = unname(q$lower),
         quantile_upper = unname(q$upper),
         landmark_lower = sapply(lm, `[`, 1), landmark_upper = sapply(lm, `[`, 2))
  })
  # summary(fit, times=) without extend: a time beyond the last observed one has no row (null here)
  lm <- lapply(landmarks, function(t) {
    if (t > max(base$time)) return(c(NA, NA, NA))
    s <- summary(base, times = t)
    c(s$surv, s$std.err, s$n.risk)
  })
  out$landmark <- list(times = landmarks, surv = sapply(lm, `[`, 1), std_err = na_if_bad(sapply(lm, `[`, 2)),
                       n_risk = sapply(lm, `[`, 3))
  # the number-at-risk table: summary(fit, times=, extend=TRUE); its n.event/n.censor count since the
  # previous requested time, so the cumulative counts are their running sums
  rt <- sort(risk_times)
  s <- summary(base, times = rt, extend = TRUE)
  out$risk <- list(times = rt, n_risk = s$n.risk, cumulative_events = cumsum(s$n.event),
                   cumulative_censored = cumsum(s$n.censor))
  out$rmean <- lapply(taus, function(tau) {
    tab <- summary(base, rmean = tau)$table
    list(tau = tau, rmean = unname(tab["rmean"]), se = unname(tab["se(rmean)"]))
  })
  # SPSS's mean: restricted to the curve's own largest time (rmean = "individual" for one curve)
  tab <- summary(base, rmean = "individual")$table
  out$rmean_individual <- list(tau = max(tt), rmean = unname(tab["rmean"]), se = unname(tab["se(rmean)"]))
  rev <- summary(survfit(Surv(tt, 1 - ss) ~ 1))$table
  out$followup <- list(median = unname(rev["median"]), lower = unname(rev["0.95LCL"]),
                       upper = unname(rev["0.95UCL"]))
  out
}

default_landmarks <- function(t, s) {
  ev <- sort(unique(t[s == 1]))
  pick <- if (length(ev) > 0) ev[unique(pmax(1, round(length(ev) * c(0.2, 0.5, 0.8))))] else numeric(0)
  sort(unique(c(0, min(t) / 2, min(t), pick, pick + 0.5, max(t), max(t) * 1.1 + 1)))
}
default_risk <- function(t) unique(signif(seq(0, max(t) * 1.2, length.out = 7), 6))
default_taus <- function(t) unique(c(signif(median(t), 6), max(t), signif(max(t) * 1.25, 6)))

cases <- list()
add <- function(name, df, tcol, scol, gcol = NULL, gval = NULL, conf = NULL) {
  rows <- if (is.null(gcol)) df else df[as.character(df[[gcol]]) == gval, ]
  t <- rows[[tcol]]; s <- rows[[scol]]
  cases[[length(cases) + 1]] <<- km_case(name, df, tcol, scol, gcol, gval, conf,
                                         default_landmarks(t, s), default_risk(t), default_taus(t))
}

df_name <- "aml"; aml_d <- read_data("aml")
add("aml", aml_d, "time", "status")
add("aml_maintained", aml_d, "time", "status", "x", "Maintained")
add("aml_nonmaintained", aml_d, "time", "status", "x", "Nonmaintained")
df_name <- "ovarian"; ov <- read_data("ovarian")
add("ovarian", ov, "futime", "fustat")
add("ovarian_rx1", ov, "futime", "fustat", "rx", "1")
add("ovarian_rx2", ov, "futime", "fustat", "rx", "2")
df_name <- "gbsg"; gb <- read_data("gbsg")
add("gbsg", gb, "rfstime", "status")
add("gbsg_hormon0", gb, "rfstime", "status", "hormon", "0")
add("gbsg_hormon1", gb, "rfstime", "status", "hormon", "1")
df_name <- "rotterdam"; ro <- read_data("rotterdam")
add("rotterdam_recur", ro, "rtime", "recur", conf = list(c("log", 0.95), c("log-log", 0.95)))
add("rotterdam_death", ro, "dtime", "death", conf = list(c("log", 0.95), c("plain", 0.95)))
add("rotterdam_death_chemo1", ro, "dtime", "death", "chemo", "1")
df_name <- "kidney"; kd <- read_data("kidney")
add("kidney", kd, "time", "status")
add("kidney_sex1", kd, "time", "status", "sex", "1")
add("kidney_sex2", kd, "time", "status", "sex", "2")
df_name <- "survival_edge"
for (cs in unique(edge$case)) add(cs, edge_all, "time", "status", "case", cs)

meta <- list(r_version = R.version.string, survival_version = as.character(packageVersion("survival")),
             jsonlite_version = as.character(packageVersion("jsonlite")),
             options = "survfit(Surv(time, status) ~ 1, conf.type, conf.int) per group; timefix = TRUE; conf.lower = 'usual'")
write_json(list(meta = meta, curves = cases), file.path("expected", "survival_km.json"),
           digits = NA, auto_unbox = TRUE, null = "null", na = "null")

# ---- log-rank family ----------------------------------------------------------------------------------
lr_cases <- list()
add_lr <- function(name, df, tcol, scol, gcol, scol_strata = NULL, rho = 0) {
  f <- if (is.null(scol_strata)) as.formula(sprintf("Surv(%s, %s) ~ %s", tcol, scol, gcol))
       else as.formula(sprintf("Surv(%s, %s) ~ %s + strata(%s)", tcol, scol, gcol, scol_strata))
  sd <- survdiff(f, data = df, rho = rho)
  obs <- if (is.matrix(sd$obs)) rowSums(sd$obs) else sd$obs
  ex <- if (is.matrix(sd$exp)) rowSums(sd$exp) else sd$exp
  df_ <- sum(ex > 0) - 1
  labels <- sub("^[^=]*=", "", names(sd$n))
  lr_cases[[length(lr_cases) + 1]] <<- list(
    name = name, source = df_name, time_column = tcol, status_column = scol, group_column = gcol,
    strata_column = scol_strata, weight = "fleming_harrington", rho = rho,
    groups = labels, n = as.vector(sd$n), observed = obs, expected = ex,
    variance = unname(sd$var), chisq = sd$chisq, df = df_, p = pchisq(sd$chisq, df_, lower.tail = FALSE))
}
# survMisc::comp gives the Gehan-Breslow (w = n) and Tarone-Ware (w = sqrt(n)) statistics that SPSS calls
# Breslow and Tarone-Ware; an implementation independent of ours. Its two-group variance differs from survdiff's
# hypergeometric one when event times are tied (aml: its log-rank chi-square is 3.3616, survdiff's 3.3964), so a
# case is kept only when survMisc's w = 1 statistic equals survdiff's, i.e. when both use the same variance.
misc_skipped <- character(0)
add_misc <- function(name, df, tcol, scol, gcol) {
  d <- data.frame(t = df[[tcol]], s = df[[scol]], g = factor(df[[gcol]]))
  te <- ten(Surv(t, s) ~ g, data = d)
  invisible(capture.output(comp(te)))
  lrt <- attr(te, "lrt")
  logrank <- survdiff(Surv(t, s) ~ g, data = d)$chisq
  if (abs(lrt$chiSq[lrt$W == "1"] - logrank) > 1e-8 * logrank) {
    misc_skipped <<- c(misc_skipped, name)
    return(invisible())
  }
  for (w in c("n", "sqrtN")) {
    r <- lrt[lrt$W == w, ]
    lr_cases[[length(lr_cases) + 1]] <<- list(
      name = paste0(name, "_", w), source = df_name, time_column = tcol, status_column = scol,
      group_column = gcol, strata_column = NULL, weight = if (w == "n") "breslow" else "tarone_ware", rho = 0,
      chisq = r$chiSq, df = r$df, p = r$pChisq)
  }
}
df_name <- "aml"
add_lr("aml_x", aml_d, "time", "status", "x")
add_lr("aml_x_rho1", aml_d, "time", "status", "x", rho = 1)
add_misc("aml_x", aml_d, "time", "status", "x")
df_name <- "ovarian"
add_lr("ovarian_rx", ov, "futime", "fustat", "rx")
add_lr("ovarian_rx_rho1", ov, "futime", "fustat", "rx", rho = 1)
add_lr("ovarian_rx_rho0.5", ov, "futime", "fustat", "rx", rho = 0.5)
add_misc("ovarian_rx", ov, "futime", "fustat", "rx")
df_name <- "gbsg"
add_lr("gbsg_grade", gb, "rfstime", "status", "grade")
add_lr("gbsg_grade_rho1", gb, "rfstime", "status", "grade", rho = 1)
add_lr("gbsg_grade_strata_meno", gb, "rfstime", "status", "grade", "meno")
add_lr("gbsg_grade_strata_meno_rho1", gb, "rfstime", "status", "grade", "meno", rho = 1)
add_misc("gbsg_grade", gb, "rfstime", "status", "grade")
df_name <- "rotterdam"
add_lr("rotterdam_size_recur", ro, "rtime", "recur", "size")
add_lr("rotterdam_size_death_strata_hormon", ro, "dtime", "death", "size", "hormon")
add_lr("rotterdam_grade_death_rho1", ro, "dtime", "death", "grade", rho = 1)
add_misc("rotterdam_size_recur", ro, "rtime", "recur", "size")
df_name <- "kidney"
add_lr("kidney_disease", kd, "time", "status", "disease")
add_lr("kidney_disease_rho1", kd, "time", "status", "disease", rho = 1)
add_lr("kidney_disease_strata_sex", kd, "time", "status", "disease", "sex")
add_misc("kidney_disease", kd, "time", "status", "disease")
df_name <- "survival_edge"
for (cs in unique(edge_lr$case)) {
  rows <- edge_all[edge_all$case == cs, ]
  add_lr(cs, rows, "time", "status", "group")
  add_lr(paste0(cs, "_rho1"), rows, "time", "status", "group", rho = 1)
}

# the fixture of shared/notes/spss-conventions.md (StatEdu survival_validation.csv, 72 rows, no ties), rebuilt
# from its generating rule; SPSS 31 gave log rank 1.6424068833783 on it
spss <- data.frame(time = 20 + (37 * (1:72)) %% 500, status = as.integer(!((1:72) %% 10) %in% c(1, 4, 7)),
                   sex = 2 - (1:72) %% 2)
write.csv(spss, file.path("data", "survival_spss.csv"), row.names = FALSE)
spss <- read_data("survival_spss")
df_name <- "survival_spss"
add_lr("spss_sex", spss, "time", "status", "sex")
add_misc("spss_sex", spss, "time", "status", "sex")

meta$survmisc_version <- as.character(packageVersion("survMisc"))
meta$survmisc_skipped <- misc_skipped
write_json(list(meta = meta, tests = lr_cases), file.path("expected", "survival_logrank.json"),
           digits = NA, auto_unbox = TRUE, null = "null", na = "null")

# ---- difference of two restricted means ----------------------------------------------------------------
diff_case <- function(name, df, tcol, scol, gcol, g1, g2, tau, level = 0.95) {
  one <- function(g) {
    r <- df[as.character(df[[gcol]]) == g, ]
    tab <- summary(survfit(Surv(r[[tcol]], r[[scol]]) ~ 1), rmean = tau)$table
    c(tab["rmean"], tab["se(rmean)"])
  }
  a <- one(g1); b <- one(g2)
  d <- unname(a[1] - b[1]); se <- unname(sqrt(a[2]^2 + b[2]^2)); z <- qnorm(1 - (1 - level) / 2)
  list(name = name, source = df_name, time_column = tcol, status_column = scol, group_column = gcol,
       group1 = g1, group2 = g2, tau = tau, level = level,
       rmean1 = unname(a[1]), se1 = unname(a[2]), rmean2 = unname(b[1]), se2 = unname(b[2]),
       difference = d, se = se, lower = d - z * se, upper = d + z * se, z = d / se, p = 2 * pnorm(-abs(d / se)))
}
df_name <- "aml"; d1 <- diff_case("aml_x_tau40", aml_d, "time", "status", "x", "Maintained", "Nonmaintained", 40)
df_name <- "gbsg"; d2 <- diff_case("gbsg_hormon_tau1825", gb, "rfstime", "status", "hormon", "1", "0", 1825, 0.9)
df_name <- "ovarian"; d3 <- diff_case("ovarian_rx_tau700", ov, "futime", "fustat", "rx", "2", "1", 700)
write_json(list(meta = meta, differences = list(d1, d2, d3)), file.path("expected", "survival_rmean_diff.json"),
           digits = NA, auto_unbox = TRUE, null = "null", na = "null")
