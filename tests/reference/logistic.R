# Reference values for HccReport.Statistics.Regression (logistic regression) and Selection.
# Run from tests/reference: Rscript logistic.R
# Writes expected/logistic_*.json (and data/logistic_edge.csv, data/spss_validation.csv).
#
# Estimation: glm(family = binomial), glm.control() defaults (epsilon 1e-8, maxit 25).
# Wald intervals: confint.default(). Profile intervals: confint() on the glm, which in R 4.2 is
# MASS:::confint.glm (profile.glm + confint.profile.glm).
# Selection: add1(test = "Rao") for the score statistic, drop1(test = "LRT") for the LR removal
# statistic, run by hand as a forward stepwise procedure (entry p < 0.05, removal p > 0.10).
suppressPackageStartupMessages({
  library(jsonlite)
  library(MASS)
  library(survival)
})

versions <- list(
  R = R.version.string,
  MASS = as.character(packageVersion("MASS")),
  jsonlite = as.character(packageVersion("jsonlite")),
  glm_control = list(epsilon = glm.control()$epsilon, maxit = glm.control()$maxit)
)

write_fixture <- function(x, name) {
  x$versions <- versions
  write_json(x, file.path("expected", paste0(name, ".json")),
             digits = NA, auto_unbox = TRUE, na = "null", null = "null", pretty = TRUE)
}

# Everything the C# fit reports, from one glm. Aliased coefficients are NA (JSON null).
describe_glm <- function(fit, level = 0.95, profile = TRUE) {
  cf <- coef(fit)
  s <- summary(fit)$coefficients
  pick <- function(col) {
    v <- rep(NA_real_, length(cf)); names(v) <- names(cf)
    v[rownames(s)] <- s[, col]
    unname(v)
  }
  wald <- confint.default(fit, level = level)
  prof <- if (profile) suppressWarnings(suppressMessages(confint(fit, level = level))) else NULL
  if (!is.null(prof) && is.null(dim(prof))) prof <- matrix(prof, nrow = 1)
  mu <- fitted(fit)
  eps <- 10 * .Machine$double.eps
  out <- list(
    terms = names(cf),
    estimate = unname(cf),
    std_error = pick("Std. Error"),
    z = pick("z value"),
    p = pick("Pr(>|z|)"),
    wald_lower = unname(wald[, 1]),
    wald_upper = unname(wald[, 2]),
    deviance = deviance(fit),
    null_deviance = fit$null.deviance,
    loglik = as.numeric(logLik(fit)),
    aic = AIC(fit),
    rank = fit$rank,
    df_residual = fit$df.residual,
    df_null = fit$df.null,
    iterations = fit$iter,
    converged = fit$converged,
    boundary = any(mu > 1 - eps) || any(mu < eps),
    lr_chisq = fit$null.deviance - deviance(fit),
    lr_df = fit$df.null - fit$df.residual,
    lr_p = if (fit$df.null - fit$df.residual > 0)
      pchisq(fit$null.deviance - deviance(fit), fit$df.null - fit$df.residual, lower.tail = FALSE) else NA,
    vcov = unname(vcov(fit)),
    level = level
  )
  if (!is.null(prof)) {
    out$profile_lower <- unname(prof[, 1])
    out$profile_upper <- unname(prof[, 2])
  }
  out
}

# ---- data -------------------------------------------------------------------------------------
rott <- read.csv("data/rotterdam.csv")
rott$grade3 <- as.numeric(rott$grade == 3)
rott$size20_50 <- as.numeric(rott$size == "20-50")
rott$size_gt50 <- as.numeric(rott$size == ">50")

gbsg <- read.csv("data/gbsg.csv")
gbsg$grade2 <- as.numeric(gbsg$grade == 2)
gbsg$grade3 <- as.numeric(gbsg$grade == 3)

# Hand-made edge cases (seeded, written out so that C# reads exactly these numbers).
set.seed(20240601)
n <- 40
edge <- data.frame(x1 = round(rnorm(n), 3), x2 = rbinom(n, 1, 0.5), z = rbinom(n, 1, 0.3))
edge$y_rand <- rbinom(n, 1, plogis(0.3 + 0.8 * edge$x1))
edge$y_sep <- as.integer(edge$x1 + 0.5 * edge$x2 > 0.2)            # complete separation
edge$y_quasi <- ifelse(edge$z == 1, 1L, rbinom(n, 1, 0.4))          # quasi-complete separation by z
edge$x_col <- 2 * edge$x1 - edge$x2 + 1                             # aliased with intercept, x1, x2
edge$x_const <- rep(5, n)                                           # aliased with the intercept
write.csv(edge, "data/logistic_edge.csv", row.names = FALSE)

# Quasi-complete separation in a larger sample: five events flagged by z. glm's relative stopping rule is met
# with those rows' fitted probabilities still at 1 - 2e-6, and R gives no warning at all.
set.seed(3)
n_large <- 4000
quasi_large <- data.frame(x = round(rnorm(n_large), 4))
quasi_large$y <- rbinom(n_large, 1, plogis(0.2 + 0.5 * quasi_large$x))
quasi_large$z <- 0
quasi_large$z[which(quasi_large$y == 1)[1:5]] <- 1
write.csv(quasi_large, "data/logistic_quasi_large.csv", row.names = FALSE)

# ---- fits -------------------------------------------------------------------------------------
write_fixture(list(
  data = "rotterdam", outcome = "death",
  columns = c("age", "meno", "grade3", "size20_50", "size_gt50", "nodes", "hormon", "chemo"),
  fit = describe_glm(glm(death ~ age + meno + grade3 + size20_50 + size_gt50 + nodes + hormon + chemo,
                         family = binomial, data = rott))
), "logistic_rotterdam")

write_fixture(list(
  data = "gbsg", outcome = "status",
  columns = c("hormon", "meno", "grade2", "grade3"),
  fit = describe_glm(glm(status ~ hormon + meno + grade2 + grade3, family = binomial, data = gbsg)),
  fit90 = describe_glm(glm(status ~ hormon + meno + grade2 + grade3, family = binomial, data = gbsg), level = 0.90)
), "logistic_gbsg")

write_fixture(list(
  data = "gbsg", outcome = "status",
  columns = c("age", "size", "nodes", "pgr", "er"),
  fit = describe_glm(glm(status ~ age + size + nodes + pgr + er, family = binomial, data = gbsg))
), "logistic_gbsg_continuous")

write_fixture(list(
  data = "logistic_edge",
  collinear = c(list(outcome = "y_rand", columns = c("x1", "x2", "x_col")),
                describe_glm(glm(y_rand ~ x1 + x2 + x_col, family = binomial, data = edge))),
  constant = c(list(outcome = "y_rand", columns = c("x1", "x_const")),
               describe_glm(glm(y_rand ~ x1 + x_const, family = binomial, data = edge))),
  quasi = c(list(outcome = "y_quasi", columns = c("x1", "z")),
            describe_glm(glm(y_quasi ~ x1 + z, family = binomial, data = edge))),
  complete = c(list(outcome = "y_sep", columns = c("x1", "x2")),
               describe_glm(suppressWarnings(glm(y_sep ~ x1 + x2, family = binomial, data = edge)), profile = FALSE)),
  intercept_only = c(list(outcome = "y_rand", columns = character(0)),
                     describe_glm(glm(y_rand ~ 1, family = binomial, data = edge)))
), "logistic_edge")

write_fixture(list(
  data = "logistic_quasi_large", outcome = "y", columns = c("x", "z"),
  fit = describe_glm(glm(y ~ x + z, family = binomial, data = quasi_large))
), "logistic_quasi_large")

# ---- SPSS -------------------------------------------------------------------------------------
# The 72-row fixture of StatEdu/StatEdu_Studio (scripts/fixtures/survival_validation.csv) and the
# unrounded SPSS 31.0.1.0 output for LOGISTIC REGRESSION status WITH age sex ph_ecog
# /CATEGORICAL sex ph_ecog /CONTRAST(sex)=INDICATOR(1) /CONTRAST(ph_ecog)=INDICATOR
# (sample/spss31_analysis_cells.csv of that repository). sex(1) = [sex = 2];
# ph_ecog(1) = [ph.ecog = 0], ph_ecog(2) = [ph.ecog = 1] (reference: the last category).
# The SPSS numbers below are transcribed from that file; R's glm on the same design is added for contrast.
# The rows follow simple rules of the row number, so this script rebuilds them instead of copying the file.
id <- 1:72
spss_rows <- data.frame(id = id, time = 20 + (37 * id) %% 500, status = as.integer(!(id %% 10) %in% c(1, 4, 7)),
                        sex = 2 - id %% 2, ph.ecog = 2 - (id - 1) %% 3, age = 40 + (11 * id) %% 41,
                        check.names = FALSE)
write.csv(spss_rows, "data/spss_validation.csv", row.names = FALSE)
spss_data <- read.csv("data/spss_validation.csv")
spss_data$sex1 <- as.numeric(spss_data$sex == 2)
spss_data$ph_ecog1 <- as.numeric(spss_data$ph.ecog == 0)
spss_data$ph_ecog2 <- as.numeric(spss_data$ph.ecog == 1)
write_fixture(list(
  data = "spss_validation", outcome = "status",
  columns = c("age", "sex1", "ph_ecog1", "ph_ecog2"),
  source = "SPSS 31.0.1.0 output in StatEdu/StatEdu_Studio sample/spss31_analysis_cells.csv",
  spss = list(
    terms = c("(Intercept)", "age", "sex1", "ph_ecog1", "ph_ecog2"),
    b = c(-0.29598384339588, 0.0047827660889613, 1.1028153228009, 0.63450226027252, 0.41578743951967),
    se = c(1.4758766525307, 0.022524753196195, 0.54486172544608, 0.65452912319882, 0.64047135664152),
    wald = c(0.040219427601795, 0.045085636000211, 4.0966888571828, 0.9397414792882, 0.4214473307335),
    sig = c(0.84105216358054, 0.83184664014718, 0.042967283256808, 0.33234433543464, 0.51621573649298),
    exp_b = c(0.74379944519628, 1.0047942217707, 3.0126356378055, 1.8860831292835, 1.5155636856851),
    ci_lower = c(NA, 0.96139979290104, 1.0355223282288, 0.52290721071433, 0.43192066534947),
    ci_upper = c(NA, 1.0501473326276, 8.7646333051065, 6.8029461014859, 5.3179518129998),
    ph_ecog_wald = 0.99036352133522, ph_ecog_wald_df = 2, ph_ecog_wald_sig = 0.60946012134981,
    minus2ll = 83.356712897271,
    omnibus_chisq = 5.2750397504609, omnibus_df = 4, omnibus_sig = 0.26022262124567,
    cox_snell = 0.070644962027251, nagelkerke = 0.099781221961764,
    step0_constant_b = 0.82098052831976, step0_constant_se = 0.25584085844524,
    step0_constant_wald = 10.297360243277, step0_constant_sig = 0.0013322064690624,
    step0_score = list(
      age = list(score = 0.0090961509528387, df = 1, sig = 0.92401797062992),
      sex1 = list(score = 4.189091250401, df = 1, sig = 0.040684900589505),
      ph_ecog = list(score = 0.91636386540068, df = 2, sig = 0.6324324056048),
      ph_ecog1 = list(score = 0.52363645380026, df = 1, sig = 0.46929458308897),
      ph_ecog2 = list(score = 0.032727296175072, df = 1, sig = 0.85644067512961),
      overall = list(score = 5.1474757539378, df = 4, sig = 0.27249750944717)
    )
  ),
  r = describe_glm(glm(status ~ age + sex1 + ph_ecog1 + ph_ecog2, family = binomial, data = spss_data), profile = FALSE),
  # R's score statistic for the same step-0 candidates: add1(test = "Rao") at glm's intercept-only fit.
  r_step0_rao = {
    f0 <- glm(status ~ 1, family = binomial, data = spss_data)
    a <- add1(f0, ~ age + sex1, test = "Rao")
    list(age = a["age", "Rao score"], sex1 = a["sex1", "Rao score"],
         pearson_sex1 = unname(chisq.test(table(spss_data$sex1, spss_data$status), correct = FALSE)$statistic))
  }
), "logistic_spss")

# ---- variable selection -------------------------------------------------------------------------
# A seeded data set built so that a forward stepwise run enters a proxy (x1 = 0.6 (x2 + x3) + noise) first,
# removes it once x2 and x3 are in, and enters a three-level factor (stage, reference A) as a unit.
set.seed(11)
n <- 500
sel <- data.frame(x2 = round(rnorm(n), 3), x3 = round(rnorm(n), 3))
sel$x1 <- round(0.6 * (sel$x2 + sel$x3) + 0.55 * rnorm(n), 3)
sel$noise1 <- round(rnorm(n), 3)
sel$noise2 <- rbinom(n, 1, 0.4)
sel$stage <- sample(c("A", "B", "C"), n, replace = TRUE, prob = c(0.5, 0.3, 0.2))
sel$y <- rbinom(n, 1, plogis(-0.3 + 1.2 * sel$x2 + 1.2 * sel$x3 + 1.0 * (sel$stage == "C") + 0.5 * (sel$stage == "B")))
sel$stageB <- as.numeric(sel$stage == "B")
sel$stageC <- as.numeric(sel$stage == "C")
write.csv(sel[, c("y", "x1", "x2", "x3", "noise1", "noise2", "stageB", "stageC")], "data/selection.csv", row.names = FALSE)
sel$stage <- factor(sel$stage, levels = c("A", "B", "C"))
cands <- c("x1", "x2", "x3", "noise1", "noise2", "stage")

fit_of <- function(vars) glm(reformulate(if (length(vars)) vars else "1", "y"), family = binomial, data = sel)
as_table <- function(names, stat, df, p) lapply(seq_along(names), function(i)
  list(variable = names[i], statistic = stat[i], df = df[i], p = p[i]))
entry_table <- function(f, out) {
  a <- add1(f, scope = out, test = "Rao")
  as_table(rownames(a)[-1], a[["Rao score"]][-1], a[["Df"]][-1], a[["Pr(>Chi)"]][-1])
}
lr_removal_table <- function(f) {
  d <- drop1(f, test = "LRT")
  as_table(rownames(d)[-1], d[["LRT"]][-1], d[["Df"]][-1], d[["Pr(>Chi)"]][-1])
}
# Wald b' V^-1 b of each term's coefficients (a factor's together).
term_columns <- function(f, v) which(attr(model.matrix(f), "assign") == match(v, attr(terms(f), "term.labels")))
wald_removal_table <- function(f, vars) {
  st <- sapply(vars, function(v) { k <- term_columns(f, v); b <- coef(f)[k]; drop(t(b) %*% solve(vcov(f)[k, k, drop = FALSE]) %*% b) })
  df <- sapply(vars, function(v) length(term_columns(f, v)))
  as_table(vars, unname(st), unname(df), pchisq(unname(st), unname(df), lower.tail = FALSE))
}
# Lawless-Singhal conditional statistic: deviance at (b_R - V_RK V_KK^-1 b_K, b_K = 0) minus the deviance.
conditional_table <- function(f, vars) {
  X <- model.matrix(f); b <- coef(f); V <- vcov(f)
  st <- sapply(vars, function(v) {
    k <- term_columns(f, v); r <- setdiff(seq_along(b), k)
    bt <- b; bt[r] <- b[r] - V[r, k, drop = FALSE] %*% solve(V[k, k, drop = FALSE], b[k]); bt[k] <- 0
    mu <- plogis(drop(X %*% bt))
    -2 * sum(sel$y * log(mu) + (1 - sel$y) * log(1 - mu)) - deviance(f)
  })
  df <- sapply(vars, function(v) length(term_columns(f, v)))
  as_table(vars, unname(st), unname(df), pchisq(unname(st), unname(df), lower.tail = FALSE))
}
pick <- function(tab, best = c("min", "max")) {
  p <- sapply(tab, `[[`, "p")
  tab[[if (match.arg(best) == "min") which.min(p) else which.max(p)]]$variable
}

# Forward stepwise (SPSS FSTEP(LR)): entry by add1 Rao score p < 0.05, removals by drop1 LRT p > 0.10.
stepwise <- list(); inm <- character(0)
repeat {
  f <- fit_of(inm)
  tab <- entry_table(f, setdiff(cands, inm))
  best <- pick(tab, "min")
  if (min(sapply(tab, `[[`, "p")) >= 0.05) { stepwise[[length(stepwise) + 1]] <- list(action = "stop", table = tab); break }
  inm <- c(inm, best)
  stepwise[[length(stepwise) + 1]] <- list(action = "entered", variable = best, table = tab)
  repeat {
    tab <- lr_removal_table(fit_of(inm))
    if (max(sapply(tab, `[[`, "p")) <= 0.10) break
    worst <- pick(tab, "max"); inm <- setdiff(inm, worst)
    stepwise[[length(stepwise) + 1]] <- list(action = "removed", variable = worst, table = tab)
  }
}
final_stepwise <- fit_of(inm)

# Backward elimination from all candidates, LR and Wald removal, p > 0.10.
backward <- function(table_of) {
  steps <- list(); inm <- cands
  repeat {
    tab <- table_of(fit_of(inm), inm)
    if (max(sapply(tab, `[[`, "p")) <= 0.10) break
    worst <- pick(tab, "max"); inm <- setdiff(inm, worst)
    steps[[length(steps) + 1]] <- list(action = "removed", variable = worst, table = tab)
  }
  list(steps = steps, selected = inm)
}
backward_lr <- backward(function(f, vars) lr_removal_table(f))
backward_wald <- backward(function(f, vars) wald_removal_table(f, vars))

# Univariate screening of each candidate alone: Wald, LR and score against the intercept-only model.
null_fit <- fit_of(character(0))
screening <- list(
  wald = do.call(c, lapply(cands, function(v) wald_removal_table(fit_of(v), v))),
  lr = lapply(cands, function(v) { lr <- deviance(null_fit) - deviance(fit_of(v)); df <- length(term_columns(fit_of(v), v))
    list(variable = v, statistic = lr, df = df, p = pchisq(lr, df, lower.tail = FALSE)) }),
  score = entry_table(null_fit, cands)
)

full <- fit_of(cands)
write_fixture(list(
  data = "selection", outcome = "y",
  candidates = list(x1 = "x1", x2 = "x2", x3 = "x3", noise1 = "noise1", noise2 = "noise2", stage = c("stageB", "stageC")),
  stepwise = list(steps = stepwise, selected = inm, final_coefficients = unname(coef(final_stepwise)),
                  final_terms = names(coef(final_stepwise)), final_loglik = as.numeric(logLik(final_stepwise))),
  backward_lr = backward_lr,
  backward_wald = backward_wald,
  screening = screening,
  full_conditional = conditional_table(full, cands),
  full_wald = wald_removal_table(full, cands),
  full_lr = lr_removal_table(full)
), "logistic_selection")
