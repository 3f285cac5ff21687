# Reference values for the Cox model (src/HccReport.Statistics/Survival/Cox).
# Run from tests/reference: Rscript cox.R
# Reads data/*.csv (R's data sets exported by export-data.R) and writes its own small edge-case data sets
# to data/cox_*.csv; writes expected/cox_*.json.
#
# Every fit is coxph() with the default coxph.control() (eps 1e-9, iter.max 20, toler.chol eps^.75,
# timefix TRUE) unless the case says otherwise. Each JSON file holds one or more fits of one data set with:
#   design  : how to build each design column from the CSV (source column, and level for a dummy column)
#   coef, se, hr, lower, upper, z, p : summary(fit) rows (NA -> null)
#   loglik  : fit$loglik (null model, fitted);  iter : fit$iter
#   lr, wald, score : summary(fit)$logtest, $waldtest (unrounded), $sctest
#   concordance : fit$concordance (counts, C, std)
#   zph     : cox.zph(fit) table (transform "km", terms as in the formula), when asked for
#   warnings: the warnings R gave while fitting
suppressPackageStartupMessages({
  library(survival)
  library(jsonlite)
})

rd <- function(name) read.csv(file.path("data", paste0(name, ".csv")), stringsAsFactors = FALSE)

versions <- list(
  R = R.version.string,
  survival = as.character(packageVersion("survival")),
  jsonlite = as.character(packageVersion("jsonlite"))
)

write_case <- function(name, content) {
  content$versions <- versions
  writeLines(toJSON(content, digits = NA, auto_unbox = TRUE, na = "null", null = "null", pretty = TRUE),
             file.path("expected", paste0(name, ".json")))
}

num <- function(x) unname(as.numeric(x))

test3 <- function(v) list(statistic = num(v[1]), df = num(v[2]), p = num(v[3]))

# terms: list of list(var = "age") or list(var = "grade", factor = TRUE); returns the formula's right-hand side
rhs_of <- function(terms) {
  sapply(terms, function(t) if (isTRUE(t$factor)) paste0("factor(", t$var, ")") else t$var)
}

# How to rebuild each column of the model matrix from the CSV, and which columns form each term
design_of <- function(fit, terms) {
  design <- list()
  term_cols <- list()
  col <- 0
  for (t in terms) {
    if (isTRUE(t$factor)) {
      lev <- fit$xlevels[[paste0("factor(", t$var, ")")]]
      idx <- integer(0)
      for (l in lev[-1]) {
        design[[length(design) + 1]] <- list(name = paste0("factor(", t$var, ")", l), source = t$var, level = l)
        idx <- c(idx, col); col <- col + 1
      }
      term_cols[[length(term_cols) + 1]] <- list(name = paste0("factor(", t$var, ")"), columns = I(idx))
    } else {
      design[[length(design) + 1]] <- list(name = t$var, source = t$var, level = NULL)
      term_cols[[length(term_cols) + 1]] <- list(name = t$var, columns = I(col))
      col <- col + 1
    }
  }
  list(design = design, terms = term_cols)
}

fit_one <- function(data, time, status, terms, strata = NULL, ties = "efron", conf = 0.95,
                    control = coxph.control(), zph = TRUE) {
  rhs <- paste(rhs_of(terms), collapse = " + ")
  if (!is.null(strata)) rhs <- paste0(rhs, " + strata(", strata, ")")
  form <- as.formula(paste0("Surv(", time, ", ", status, ") ~ ", rhs))
  warns <- character(0)
  fit <- withCallingHandlers(
    coxph(form, data = data, ties = ties, control = control),
    warning = function(w) { warns <<- c(warns, conditionMessage(w)); invokeRestart("muffleWarning") })
  s <- summary(fit, conf.int = conf)
  cc <- s$coefficients
  ci <- s$conf.int
  conc <- fit$concordance
  out <- list(
    formula = paste(deparse(form), collapse = " "),
    ties = ties,
    conf_level = conf,
    iter_max = control$iter.max,
    columns = names(coef(fit)),
    coef = num(cc[, "coef"]),
    se = num(ifelse(is.na(cc[, "coef"]), NA, cc[, "se(coef)"])),
    hr = num(cc[, "exp(coef)"]),
    lower = num(ci[, 3]),
    upper = num(ci[, 4]),
    z = num(cc[, "z"]),
    p = num(cc[, "Pr(>|z|)"]),
    loglik = num(fit$loglik),
    iter = fit$iter,
    n = fit$n,
    nevent = fit$nevent,
    lr = test3(s$logtest),
    wald = list(statistic = num(fit$wald.test), df = num(s$waldtest["df"]),
                p = num(s$waldtest["pvalue"])),
    score = test3(s$sctest),
    concordance = list(concordant = num(conc["concordant"]), discordant = num(conc["discordant"]),
                       tied_x = num(conc["tied.x"]), tied_y = num(conc["tied.y"]),
                       tied_xy = num(conc["tied.xy"]), value = num(conc["concordance"]),
                       std = num(conc["std"])),
    warnings = I(warns)
  )
  d <- design_of(fit, terms)
  out$design <- d$design
  out$terms <- d$terms
  if (zph) {
    z <- cox.zph(fit)
    tab <- z$table
    out$zph <- list(
      transform = z$transform,
      terms = lapply(seq_len(nrow(tab) - 1), function(i)
        list(name = rownames(tab)[i], chisq = num(tab[i, "chisq"]), df = num(tab[i, "df"]),
             p = num(tab[i, "p"]))),
      global = list(chisq = num(tab[nrow(tab), "chisq"]), df = num(tab[nrow(tab), "df"]),
                    p = num(tab[nrow(tab), "p"])))
  }
  list(fit = fit, json = out)
}

case <- function(name, data_name, time, status, terms, strata = NULL, variants, extra = NULL) {
  data <- rd(data_name)
  fits <- lapply(variants, function(v) {
    args <- c(list(data = data, time = time, status = status, terms = terms, strata = strata), v)
    do.call(fit_one, args)$json
  })
  content <- list(data = data_name, time = time, status = status, strata = strata, fits = fits)
  if (!is.null(extra)) content <- c(content, extra(data))
  write_case(name, content)
}

both_ties <- list(list(ties = "efron"), list(ties = "breslow"))

# ---- R's data sets ----------------------------------------------------------------------------------

case("cox_aml", "aml", "time", "status", list(list(var = "x", factor = TRUE)),
     variants = list(list(ties = "efron"), list(ties = "breslow"), list(ties = "efron", conf = 0.9)))

case("cox_ovarian", "ovarian", "futime", "fustat",
     list(list(var = "age"), list(var = "ecog.ps"), list(var = "rx"), list(var = "resid.ds")),
     variants = list(list(ties = "efron"), list(ties = "breslow"), list(ties = "efron", conf = 0.99)))

case("cox_gbsg", "gbsg", "rfstime", "status",
     list(list(var = "age"), list(var = "meno"), list(var = "size"), list(var = "grade", factor = TRUE),
          list(var = "nodes"), list(var = "pgr"), list(var = "er"), list(var = "hormon")),
     variants = both_ties)

case("cox_rotterdam", "rotterdam", "rtime", "recur",
     list(list(var = "age"), list(var = "meno"), list(var = "size", factor = TRUE), list(var = "nodes"),
          list(var = "pgr"), list(var = "er"), list(var = "hormon"), list(var = "chemo")),
     strata = "grade", variants = both_ties)

case("cox_kidney", "kidney", "time", "status",
     list(list(var = "age"), list(var = "sex"), list(var = "disease", factor = TRUE)),
     variants = both_ties)

# 38 strata: coxph's concordance then merges the strata into one time axis (concordancefit, > 10 strata)
case("cox_kidney_strata", "kidney", "time", "status", list(list(var = "age"), list(var = "sex")),
     strata = "id", variants = both_ties)

# ---- small hand-made data sets ------------------------------------------------------------------------

write_data <- function(df, name) {
  # 17 significant digits so that the C# side reads exactly the doubles R used
  out <- df
  for (v in names(out)) if (is.double(out[[v]])) out[[v]] <- trimws(formatC(out[[v]], digits = 17, format = "g"))
  write.csv(out, file.path("data", paste0(name, ".csv")), row.names = FALSE, quote = FALSE)
}

set.seed(20240501)

# Heavy ties: 80 subjects on 6 distinct times, a binary and a 3-level covariate, and a rounded continuous one
n <- 80
ties_data <- data.frame(
  time = sample(1:6, n, replace = TRUE),
  status = rbinom(n, 1, 0.75),
  trt = rbinom(n, 1, 0.5),
  grp = sample(c("a", "b", "c"), n, replace = TRUE),
  score = round(rnorm(n, 50, 10) / 5) * 5
)
write_data(ties_data, "cox_ties")
case("cox_ties", "cox_ties", "time", "status",
     list(list(var = "trt"), list(var = "grp", factor = TRUE), list(var = "score")),
     variants = both_ties)

# A single event, in the middle of the covariate's range
single <- data.frame(
  time = c(5, 8, 12, 3, 9, 15, 7, 11, 2, 14, 6, 10),
  status = c(0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0),
  x = c(1.2, 0.4, 1.6, -0.3, 0.8, 1.9, -1.1, 0.6, 0.0, 1.4, -0.7, 0.9)
)
write_data(single, "cox_single")
case("cox_single", "cox_single", "time", "status", list(list(var = "x")),
     variants = list(list(ties = "efron", zph = FALSE), list(ties = "breslow", zph = FALSE)))

# A single event with the largest covariate value of its risk set: the likelihood rises towards 0 as beta
# grows, the relative change never falls below eps and coxph runs out of iterations (coefficient infinite)
diverging <- single
diverging$x[3] <- 2.5
write_data(diverging, "cox_diverging")
case("cox_diverging", "cox_diverging", "time", "status", list(list(var = "x")),
     variants = list(list(ties = "efron", zph = FALSE)))

# Monotone likelihood: group "c" has no events, so its coefficient runs to -infinity
n <- 45
mono <- data.frame(
  time = round(rexp(n, 0.1), 1) + 0.5,
  grp = rep(c("a", "b", "c"), each = 15),
  age = round(rnorm(n, 60, 8))
)
mono$status <- ifelse(mono$grp == "c", 0, rbinom(n, 1, 0.8))
write_data(mono, "cox_monotone")
case("cox_monotone", "cox_monotone", "time", "status",
     list(list(var = "grp", factor = TRUE), list(var = "age")),
     variants = list(list(ties = "efron", zph = FALSE), list(ties = "breslow", zph = FALSE)))

# Collinear covariates and a constant one: x3 = x1 + 2 x2 and k = 3 are dropped (coefficient NA)
n <- 40
coll <- data.frame(
  time = round(rexp(n, 0.05)) + 1,
  status = rbinom(n, 1, 0.7),
  x1 = round(rnorm(n), 2),
  x2 = rbinom(n, 1, 0.4)
)
coll$x3 <- coll$x1 + 2 * coll$x2
coll$k <- 3
coll$x4 <- round(runif(n, 0, 10), 1)
write_data(coll, "cox_collinear")
case("cox_collinear", "cox_collinear", "time", "status",
     list(list(var = "x1"), list(var = "x2"), list(var = "x3"), list(var = "k"), list(var = "x4")),
     variants = list(list(ties = "efron"), list(ties = "breslow")))

# Times that differ only by rounding: coxph's timefix makes them ties
near <- data.frame(
  time = c(1, 1 + 1e-12, 2, 3, 3 * (1 + 1e-10), 0.1 + 0.2, 0.3, 4, 5, 5 + 1e-9, 6, 7),
  status = c(1, 1, 0, 1, 1, 1, 1, 0, 1, 1, 1, 0),
  x = c(0.5, 1.5, -0.2, 0.9, 2.1, -1.0, 0.3, 1.1, 0.0, -0.6, 1.7, 0.8)
)
write_data(near, "cox_nearties")
case("cox_nearties", "cox_nearties", "time", "status", list(list(var = "x")),
     variants = list(list(ties = "efron", zph = FALSE), list(ties = "breslow", zph = FALSE)))

# ---- iteration rules, score statistics ---------------------------------------------------------------------

ov <- rd("ovarian")
ovf <- Surv(futime, fustat) ~ age + ecog.ps + rx + resid.ds

# Iteration limit reached (iter.max = 2): R keeps the last iterate that improved the log-likelihood.
# Its reported variance is then diag(1 / I_jj); we report the full inverse information at that iterate,
# which coxph gives for init = that iterate and iter.max = 0.
short <- suppressWarnings(coxph(ovf, data = ov, control = coxph.control(iter.max = 2)))
at_short <- coxph(ovf, data = ov, init = coef(short), control = coxph.control(iter.max = 0))

# SPSS COXREG's rule: Newton-Raphson from 0, stop at the first accepted iterate whose coefficients moved by
# less than BCON = 1e-4 and report it; R's step-halving when the log-likelihood falls. Written out here with
# coxph evaluating the log-likelihood, score and inverse information at each iterate (init = b, iter.max = 0).
spss_fit <- function(f, d, ties) {
  at <- function(b) {
    fit <- coxph(f, data = d, ties = ties, init = b, control = coxph.control(iter.max = 0), x = TRUE)
    list(loglik = fit$loglik[1], var = fit$var, u = colSums(as.matrix(residuals(fit, type = "score"))))
  }
  beta <- rep(0, ncol(model.matrix(f, d)) - 1)
  cur <- at(beta)
  best <- cur$loglik
  trial <- beta + drop(cur$var %*% cur$u)
  halving <- 0
  halvings <- 0
  for (k in 1:20) {
    nt <- at(trial)
    if (nt$loglik < best) {
      halving <- halving + 1
      halvings <- halvings + 1
      trial <- (trial + halving * beta) / (halving + 1)
      next
    }
    if (max(abs(trial - beta)) < 1e-4) break
    halving <- 0
    best <- nt$loglik
    beta <- trial
    trial <- trial + drop(nt$var %*% nt$u)
  }
  se <- sqrt(diag(nt$var))
  zq <- qnorm(0.975)
  full <- coxph(f, data = d, ties = ties)
  list(formula = paste(deparse(f), collapse = " "), ties = ties, iterations = k, halvings = halvings,
       coef = num(trial), se = num(se), loglik = num(c(cur$loglik, nt$loglik)), z = zq,
       lower = num(exp(trial - zq * se)), upper = num(exp(trial + zq * se)),
       r_coef = num(coef(full)), r_iter = full$iter)
}
rot <- rd("rotterdam")
spss_cases <- list(
  c(list(data = "ovarian", time = "futime", status = "fustat", columns = c("age")),
    spss_fit(Surv(futime, fustat) ~ age, ov, "breslow")),
  c(list(data = "ovarian", time = "futime", status = "fustat", columns = c("age", "ecog.ps", "rx", "resid.ds")),
    spss_fit(ovf, ov, "breslow")),
  c(list(data = "rotterdam", time = "rtime", status = "recur",
         columns = c("age", "meno", "nodes", "pgr", "er", "hormon", "chemo")),
    spss_fit(Surv(rtime, recur) ~ age + meno + nodes + pgr + er + hormon + chemo, rot, "breslow")))

# Rao score statistics for adding candidate columns to a fitted model: the coxph score test at
# init = c(current estimates, 0) with iter.max = 0 (the full information matrix).
score_at <- function(current_terms, candidates, ties) {
  cur <- coxph(as.formula(paste("Surv(futime, fustat) ~", paste(current_terms, collapse = " + "))),
               data = ov, ties = ties)
  f <- as.formula(paste("Surv(futime, fustat) ~", paste(c(current_terms, candidates), collapse = " + ")))
  at <- coxph(f, data = ov, ties = ties, init = c(coef(cur), rep(0, length(candidates))),
              control = coxph.control(iter.max = 0))
  list(current = current_terms, candidates = candidates, ties = ties, loglik = num(cur$loglik[2]),
       coef = num(coef(cur)), score = num(at$score))
}
null_score <- function(candidates, ties) {
  f <- as.formula(paste("Surv(futime, fustat) ~", paste(candidates, collapse = " + ")))
  at <- coxph(f, data = ov, ties = ties, control = coxph.control(iter.max = 0))
  list(current = I(character(0)), candidates = candidates, ties = ties,
       loglik = num(at$loglik[1]), coef = I(numeric(0)), score = num(at$score))
}

write_case("cox_iterations", list(
  data = "ovarian", time = "futime", status = "fustat",
  columns = c("age", "ecog.ps", "rx", "resid.ds"),
  limit = list(iter_max = 2, coef = num(coef(short)), loglik = num(short$loglik),
               se_full = num(sqrt(diag(at_short$var))),
               var_full = num(at_short$var), r_reported_se = num(sqrt(diag(short$var)))),
  spss = spss_cases,
  selection = list(
    null_score(c("age"), "efron"),
    null_score(c("rx", "resid.ds"), "efron"),
    score_at(c("age"), c("ecog.ps"), "efron"),
    score_at(c("age"), c("rx", "resid.ds"), "efron"),
    score_at(c("age", "resid.ds"), c("ecog.ps"), "breslow"),
    score_at(c("age", "resid.ds"), c("rx", "ecog.ps"), "breslow"))
))
