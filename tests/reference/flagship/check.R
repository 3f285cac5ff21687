# Checks the synthetic lenvatinib cohort against the paper it imitates:
#   Zhang Y, Lei J, Ma H, Zuo S. Impact of Type of Lenvatinib Resistance on Prognosis and Second-Line
#   Regimen in Patients with Virus-Associated HCC. J Hepatocell Carcinoma 2024.
# Reads config/lenvatinib-cohort-synthetic.csv (written by HccReport.Synthetic, seed 20240334) and writes
#   expected/flagship.json  every number below at full precision (R defaults: Efron ties, log KM intervals,
#                           Brookmeyer-Crowley median intervals, Wald model intervals)
#   check-output.md         the published numbers beside the synthetic ones, pasted into docs/synthetic-cohort.md
# Run from anywhere: Rscript tests/reference/flagship/check.R
suppressPackageStartupMessages({ library(survival); library(jsonlite) })

here <- local({
  args <- commandArgs(trailingOnly = FALSE)
  file <- sub("^--file=", "", args[grep("^--file=", args)])
  if (length(file) == 1) dirname(normalizePath(file)) else getwd()
})
root <- normalizePath(file.path(here, "..", "..", ".."))
csv <- file.path(root, "config", "lenvatinib-cohort-synthetic.csv")
source(file.path(here, "cohort.R"))
cohort <- read_cohort(csv)
d <- cohort$d; flow <- cohort$flow; a <- cohort$a; s <- cohort$s; rows <- cohort$rows
months <- function(a, b) as.numeric(b - a) / 30.4375

# ---- Published values ----
pub_t1 <- read.table(header = TRUE, text = "
var                      p   s   or   lo   hi   pv    pp    ps
age_gt50                128 283 0.87 0.57 1.34 0.532  75.7  78.1
male                    148 305 1.32 0.77 2.25 0.315  87.6  84.3
diabetes_yes             35  53 1.52 0.95 2.44 0.081  20.7  14.6
hypertension_yes         63 119 1.21 0.83 1.78 0.319  37.3  32.9
smoking_yes              75 138 1.30 0.89 1.88 0.171  44.4  38.1
drinking_yes             67 124 1.26 0.87 1.84 0.228  39.6  34.3
hbv                     161 352 0.57 0.22 1.48 0.248  95.3  97.2
vascular_invasion_yes    52 106 1.07 0.72 1.60 0.727  30.8  29.3
extrahepatic_yes        107 169 1.97 1.36 2.87 0.0009  63.3  46.7
portal_hypertension_yes  76 180 0.83 0.57 1.19 0.307  45.0  49.7
splenomegaly_yes        125 243 1.39 0.93 2.09 0.112  74.0  67.1
cirrhosis_yes           130 287 0.87 0.56 1.35 0.538  76.9  79.3
afp_gt400                78 109 2.00 1.37 2.90 0.0009  46.2  30.1
alt_gt40                 52 113 0.98 0.66 1.45 0.918  30.8  31.2
ast_gt40                 84 167 0.87 0.60 1.25 0.443  49.7  46.1
size_gt5                 77 132 1.46 1.01 2.11 0.046  45.6  36.4
child_b                  48 100 1.04 0.69 1.56 0.852  28.4  27.6
bclc_c                  116 190 1.98 1.35 2.91 0.0009  68.6  52.5")
pub_t2 <- read.table(header = TRUE, text = "
var                     pfs_hr pfs_lo pfs_hi pfs_p os_hr os_lo os_hi os_p
primary                   1.77 1.24 2.52 0.002 2.02 1.32 3.11 0.001
tki                       1.52 1.03 2.25 0.035 1.70 1.06 2.73 0.029
age_gt50                  0.83 0.55 1.26 0.377 0.80 0.49 1.30 0.368
male                      1.29 0.77 2.15 0.331 0.98 0.52 1.84 0.941
diabetes_yes              0.98 0.60 1.60 0.943 1.09 0.61 1.97 0.770
hypertension_yes          1.08 0.76 1.53 0.662 0.74 0.48 1.15 0.179
smoking_yes               1.04 0.74 1.48 0.811 1.43 0.95 2.16 0.089
drinking_yes              1.15 0.81 1.62 0.445 1.44 0.95 2.18 0.086
hbv                       1.45 0.59 3.56 0.412 0.66 0.28 1.52 0.324
vascular_invasion_yes     1.01 0.65 1.57 0.974 0.82 0.46 1.45 0.488
extrahepatic_yes          1.76 1.25 2.49 0.001 1.72 1.14 2.61 0.010
portal_hypertension_yes   1.33 0.94 1.88 0.110 1.25 0.83 1.90 0.291
cirrhosis_yes             1.48 0.96 2.27 0.075 1.15 0.68 1.93 0.605
afp_gt400                 0.90 0.62 1.29 0.561 1.22 0.79 1.89 0.371
alt_gt40                  1.33 0.92 1.91 0.132 1.03 0.65 1.63 0.903
size_gt5                  1.31 0.92 1.87 0.133 1.10 0.72 1.69 0.664
child_b                   1.45 0.95 2.21 0.084 1.40 0.85 2.30 0.182
bclc_c                    1.58 1.12 2.24 0.010 1.57 1.03 2.38 0.035")
pub_t2m <- read.table(header = TRUE, text = "
var              pfs_hr pfs_lo pfs_hi pfs_p os_hr os_lo os_hi os_p
primary            1.64 1.15 2.34 0.007 1.93 1.25 2.99 0.003
tki                1.61 1.08 2.39 0.019 1.84 1.13 2.98 0.014
extrahepatic_yes   2.03 0.97 4.26 0.060 2.26 0.95 5.40 0.065
bclc_c             0.84 0.40 1.77 0.648 0.71 0.30 1.71 0.450")

out <- list(
  about = list(
    data = "config/lenvatinib-cohort-synthetic.csv (synthetic; HccReport.Synthetic seed 20240334)",
    r_version = R.version.string, survival_version = as.character(packageVersion("survival")),
    jsonlite_version = as.character(packageVersion("jsonlite")),
    options = "months = days / 30.4375; KM conf.type log, median CI Brookmeyer-Crowley (survfit default); Cox ties efron (breslow also given); glm Wald intervals"),
  flow = list(screened = nrow(d), excluded = lapply(names(flow), function(n) list(reason = n, n = flow[[n]])),
              included = nrow(a), groups = as.list(table(a$resistance)),
              second_line = as.list(table(s$resistance)),
              second_line_by_class = lapply(split(s, s$resistance), function(x) as.list(table(x$regimen)))))

# ---- Table 1: counts, percent, univariate logistic (Wald), chi-square ----
wald <- function(fit, term) {
  cf <- summary(fit)$coefficients; z <- qnorm(0.975)
  b <- cf[term, 1]; se <- cf[term, 2]
  list(coef = b, se = se, ratio = exp(b), lower = exp(b - z * se), upper = exp(b + z * se), p = cf[term, 4])
}
t1 <- lapply(names(rows), function(v) {
  tab <- table(factor(a[[v]], levels = 0:1), a$resistance)
  w <- wald(glm(a$primary ~ a[[v]], family = binomial), 2)
  list(variable = v, label = rows[[v]][1], counts = as.integer(tab["1", ]),
       percents = 100 * as.numeric(tab["1", ]) / as.numeric(colSums(tab)),
       or = w$ratio, lower = w$lower, upper = w$upper, or_p = w$p,
       chisq_p = suppressWarnings(chisq.test(tab, correct = FALSE)$p.value))
})
names(t1) <- names(rows)
out$table1 <- unname(t1)

# ---- Logistic model for primary resistance: screen p <= 0.05, then all entered together ----
screened <- names(rows)[sapply(t1, function(r) r$or_p <= 0.05)]
fit_enter <- glm(reformulate(screened, "primary"), family = binomial, data = a)
logit_terms <- lapply(screened, function(v) c(term = v, wald(fit_enter, v)))
# SPSS-style forward stepwise for comparison: score (Rao) entry p < 0.05, likelihood-ratio removal p > 0.10
stepwise <- function(data, candidates) {
  inmodel <- character(0)
  repeat {
    changed <- FALSE
    base <- glm(reformulate(c("1", inmodel), "primary"), family = binomial, data = data)
    out_vars <- setdiff(candidates, inmodel)
    if (length(out_vars) > 0) {
      sc <- add1(base, scope = reformulate(c(inmodel, out_vars)), test = "Rao")
      pv <- sc[out_vars, "Pr(>Chi)"]
      if (min(pv) < 0.05) { inmodel <- c(inmodel, out_vars[which.min(pv)]); changed <- TRUE }
    }
    if (length(inmodel) > 0) {
      full <- glm(reformulate(inmodel, "primary"), family = binomial, data = data)
      dr <- drop1(full, test = "LRT"); pv <- dr[inmodel, "Pr(>Chi)"]
      if (max(pv) > 0.10) { inmodel <- inmodel[-which.max(pv)]; changed <- TRUE }
    }
    if (!changed) break
  }
  inmodel
}
step_vars <- stepwise(a, screened)
fit_step <- glm(reformulate(step_vars, "primary"), family = binomial, data = a)
out$logistic_primary <- list(
  screened = screened,
  enter = list(n = nrow(a), terms = logit_terms),
  stepwise = list(selected = step_vars, terms = lapply(step_vars, function(v) c(term = v, wald(fit_step, v)))))

# ---- Kaplan-Meier analyses ----
km <- function(data, time, event, by, at = NULL) {
  f <- reformulate(by, sprintf("Surv(%s, %s)", time, event))
  fit <- survfit(f, data = data)
  tb <- summary(fit)$table
  lv <- levels(factor(data[[by]]))
  groups <- lapply(seq_along(lv), function(i) {
    g <- list(level = lv[i], n = unname(tb[i, "records"]), events = unname(tb[i, "events"]),
              median = unname(tb[i, "median"]), median_lower = unname(tb[i, "0.95LCL"]), median_upper = unname(tb[i, "0.95UCL"]))
    if (!is.null(at)) {
      sm <- summary(fit[i], times = at, extend = TRUE)
      g$at <- lapply(seq_along(at), function(j) list(time = at[j], n_risk = sm$n.risk[j], survival = sm$surv[j],
                                                      lower = sm$lower[j], upper = sm$upper[j]))
    }
    g
  })
  sd <- survdiff(f, data = data)
  list(groups = groups, logrank = list(chisq = sd$chisq, df = length(sd$n) - 1,
                                       p = pchisq(sd$chisq, length(sd$n) - 1, lower.tail = FALSE)))
}
res <- function(d) factor(d$resistance, levels = c("Primary", "Secondary"))
comb <- s[s$regimen == "Combination", ]
comb$lenv_vs_other <- factor(ifelse(comb$second_line_tki == "Lenvatinib", "Lenvatinib + PD-1", "Other TKI + PD-1"))
d4 <- comb[comb$lenv_sint | comb$second_line_tki != "Lenvatinib", ]
d4$arm <- factor(ifelse(d4$lenv_sint, "Lenvatinib + sintilimab", "Other TKI + PD-1"))
e4 <- comb[comb$second_line_tki == "Lenvatinib", ]
e4$arm <- factor(ifelse(e4$lenv_sint, "Lenvatinib + sintilimab", "Lenvatinib + other PD-1"))
f4 <- e4[e4$second_line_pd1 %in% c("Sintilimab", "Camrelizumab"), ]
f4$arm <- factor(f4$second_line_pd1, levels = c("Sintilimab", "Camrelizumab"))
out$km <- list(
  km_os    = km(a, "os", "dead", "resistance", at = c(12, 24, 36)),
  km_pfs   = km(a, "pfs", "pfs_event", "resistance"),
  km_os_sl = km(s, "os", "dead", "resistance"),
  km_pfs2  = km(s, "pfs2", "pfs2_event", "resistance"),
  km_os2   = km(s, "os2", "dead", "resistance"),
  km_tki_pfs2  = km(s[s$regimen == "TKI", ], "pfs2", "pfs2_event", "resistance"),
  km_tki_os2   = km(s[s$regimen == "TKI", ], "os2", "dead", "resistance"),
  km_comb_pfs2 = km(comb, "pfs2", "pfs2_event", "resistance"),
  km_comb_os2  = km(comb, "os2", "dead", "resistance"),
  km_ls_pfs2   = km(s[s$lenv_sint, ], "pfs2", "pfs2_event", "resistance"),
  km_ls_os2    = km(s[s$lenv_sint, ], "os2", "dead", "resistance"),
  km_class_pfs2 = km(s, "pfs2", "pfs2_event", "regimen"),
  km_class_os2  = km(s, "os2", "dead", "regimen"),
  km_lenv_vs_other_os2 = km(comb, "os2", "dead", "lenv_vs_other"),
  km_ls_vs_other_tki_os2 = km(d4, "os2", "dead", "arm"),
  km_ls_vs_lenv_other_os2 = km(e4, "os2", "dead", "arm"),
  km_ls_vs_camrelizumab_os2 = km(f4, "os2", "dead", "arm"))
rev <- survfit(Surv(os, 1 - dead) ~ 1, data = a)
rt <- summary(rev)$table
out$follow_up <- list(median = unname(rt["median"]), lower = unname(rt["0.95LCL"]), upper = unname(rt["0.95UCL"]))

# ---- Table 2: Cox for PFS and OS from second-line start (n = 184) ----
t2vars <- c("primary", "tki", "age_gt50", "male", "diabetes_yes", "hypertension_yes", "smoking_yes", "drinking_yes",
            "hbv", "vascular_invasion_yes", "extrahepatic_yes", "portal_hypertension_yes", "cirrhosis_yes",
            "afp_gt400", "alt_gt40", "size_gt5", "child_b", "bclc_c")
coxterm <- function(fit, v) {
  cf <- summary(fit)$coefficients; ci <- summary(fit)$conf.int
  list(term = v, coef = cf[v, "coef"], se = cf[v, "se(coef)"], hr = ci[v, "exp(coef)"],
       lower = ci[v, "lower .95"], upper = ci[v, "upper .95"], p = cf[v, "Pr(>|z|)"])
}
cox_table <- function(time, event, ties) {
  uni <- lapply(t2vars, function(v) coxterm(coxph(as.formula(sprintf("Surv(%s, %s) ~ %s", time, event, v)), data = s, ties = ties), v))
  sel <- t2vars[sapply(uni, function(u) u$p <= 0.05)]
  multi <- coxph(as.formula(sprintf("Surv(%s, %s) ~ %s", time, event, paste(sel, collapse = " + "))), data = s, ties = ties)
  list(univariate = uni, screened = sel,
       multivariable = list(n = multi$n, events = multi$nevent, terms = lapply(sel, function(v) coxterm(multi, v))))
}
out$cox <- list(pfs2_efron = cox_table("pfs2", "pfs2_event", "efron"), os2_efron = cox_table("os2", "dead", "efron"),
                pfs2_breslow = cox_table("pfs2", "pfs2_event", "breslow"), os2_breslow = cox_table("os2", "dead", "breslow"))

# ---- Supplementary Table 2: baseline by second-line class (n = 184) ----
out$supplementary_table2 <- lapply(c("primary", names(rows)), function(v) {
  tab <- table(factor(s[[v]], levels = 0:1), s$regimen)
  expected <- suppressWarnings(chisq.test(tab, correct = FALSE)$expected)
  test <- if (any(expected < 5)) "fisher" else "chisq"
  p <- if (test == "fisher") fisher.test(tab)$p.value else chisq.test(tab, correct = FALSE)$p.value
  list(variable = v, counts = as.integer(tab["1", ]), test = test, p = p)
})

dir.create(file.path(here, "expected"), showWarnings = FALSE)
writeLines(toJSON(out, auto_unbox = TRUE, digits = NA, pretty = TRUE, null = "null", na = "null"),
           file.path(here, "expected", "flagship.json"))

# ---- The comparison, as markdown ----
f1 <- function(x, k = 1) ifelse(is.na(x), "NR", formatC(x, format = "f", digits = k))
fp <- function(p) ifelse(p < 0.001, "<0.001", formatC(p, format = "f", digits = 3))
sig <- function(p) ifelse(p <= 0.05, "yes", "no")
L <- c("# Synthetic lenvatinib cohort against the paper",
       "",
       sprintf("Generated by tests/reference/flagship/check.R with %s, survival %s, from config/lenvatinib-cohort-synthetic.csv.",
               R.version.string, packageVersion("survival")),
       "Months are days / 30.4375. Medians are R's (survfit), log-rank p values from survdiff, Cox with Efron ties.",
       "", "## Figure 1 (exact)", "", "| Box | Paper | Synthetic |", "|---|---|---|",
       sprintf("| Screened | 634 | %d |", nrow(d)))
pub_flow <- c(0, 0, 0, 0, 7, 9, 10, 12, 14, 23, 28)
for (i in seq_along(flow)) L <- c(L, sprintf("| %s | %s | %d |", names(flow)[i], pub_flow[i], flow[[i]]))
gl <- table(a$resistance); sl <- table(s$resistance); cl <- table(s$resistance, s$regimen)
L <- c(L, sprintf("| Included | 531 | %d |", nrow(a)),
       sprintf("| Primary / secondary resistance | 169 / 362 | %d / %d |", gl[1], gl[2]),
       sprintf("| Second line, primary / secondary | 63 / 121 | %d / %d |", sl[1], sl[2]),
       sprintf("| Primary: TKI / combination | 17 / 46 | %d / %d |", cl[1, 1], cl[1, 2]),
       sprintf("| Secondary: TKI / combination | 22 / 99 | %d / %d |", cl[2, 1], cl[2, 2]))
L <- c(L, "", "## Table 1 (counts exact; OR, interval and P implied by the counts)", "",
       "| Row | Paper primary | Synthetic | Paper secondary | Synthetic | Paper OR (95% CI) | Synthetic OR (95% CI) | Paper P | Synthetic P |",
       "|---|---|---|---|---|---|---|---|---|")
for (i in seq_len(nrow(pub_t1))) {
  r <- t1[[pub_t1$var[i]]]
  L <- c(L, sprintf("| %s | %d (%.1f) | %d (%.1f) | %d (%.1f) | %d (%.1f) | %.2f (%.2f-%.2f) | %.2f (%.2f-%.2f) | %s | %s |",
                    r$label, pub_t1$p[i], pub_t1$pp[i], r$counts[1], r$percents[1],
                    pub_t1$s[i], pub_t1$ps[i], r$counts[2], r$percents[2],
                    pub_t1$or[i], pub_t1$lo[i], pub_t1$hi[i], r$or, r$lower, r$upper,
                    if (pub_t1$pv[i] < 0.001) "<0.001" else formatC(pub_t1$pv[i], format = "f", digits = 3), fp(r$or_p)))
}
L <- c(L, "", "Paper columns as printed. Where they differ from the synthetic ones (Age>50 and tumour size percents, AFP OR, two lower limits, AST) the paper disagrees with its own counts; see docs/synthetic-cohort.md.",
       "", "## Multivariable logistic model for primary resistance (close: direction and significance)", "",
       sprintf("Screened (univariate P <= 0.05): %s. All entered together (n = %d):", paste(screened, collapse = ", "), nrow(a)), "",
       "| Term | Paper OR (95% CI), P | Synthetic OR (95% CI), P | Significant: paper / synthetic |", "|---|---|---|---|")
pub_logit <- list(afp_gt400 = "1.76 (1.19-2.61), 0.005")
for (tm in logit_terms) {
  L <- c(L, sprintf("| %s | %s | %.2f (%.2f-%.2f), %s | %s / %s |", rows[[tm$term]][1],
                    if (is.null(pub_logit[[tm$term]])) "not significant (not printed)" else pub_logit[[tm$term]],
                    tm$ratio, tm$lower, tm$upper, fp(tm$p), if (tm$term == "afp_gt400") "yes" else "no", sig(tm$p)))
}
L <- c(L, "", sprintf("SPSS-style forward stepwise (score entry 0.05, LR removal 0.10) selects: %s.", paste(step_vars, collapse = ", ")))

kmrow <- function(label, k, pub_med, pub_p, digits = 1) {
  g <- k$groups
  sprintf("| %s | %s | %s / %s | %s | %s |", label, pub_med,
          f1(g[[1]]$median, digits), f1(g[[2]]$median, digits), pub_p, fp(k$logrank$p))
}
K <- out$km
L <- c(L, "", "## Kaplan-Meier medians (close), months", "",
       "| Analysis | Paper median | Synthetic median | Paper P | Synthetic P |", "|---|---|---|---|---|",
       kmrow("Fig. 2a OS, all, primary / secondary", K$km_os, "11 / 31", "<0.001"),
       kmrow("Suppl. Fig. 1 PFS, all", K$km_pfs, "2.3 / 10.6", "<0.001"),
       kmrow("Fig. 2b OS from lenvatinib start, second-line patients", K$km_os_sl, "14 / 36", "<0.001"),
       kmrow("Fig. 2c PFS from second-line start", K$km_pfs2, "5 / 8", "0.001"),
       kmrow("Fig. 2d OS from second-line start", K$km_os2, "12 / 25", "<0.001"),
       kmrow("Fig. 3 TKI monotherapy, PFS", K$km_tki_pfs2, "3 / 8", "0.035"),
       kmrow("Fig. 3 TKI monotherapy, OS", K$km_tki_os2, "7 / 19", "0.004"),
       kmrow("Fig. 3 TKI + PD-1, PFS", K$km_comb_pfs2, "6 / 8", "0.011"),
       kmrow("Fig. 3 TKI + PD-1, OS", K$km_comb_os2, "14 / 25", "0.039"),
       kmrow("Fig. 3 lenvatinib + sintilimab, PFS", K$km_ls_pfs2, "5 / 15", "0.001"),
       kmrow("Fig. 3 lenvatinib + sintilimab, OS", K$km_ls_os2, "10 / 32", "0.003"),
       kmrow("Fig. 4a PFS, TKI / combination", K$km_class_pfs2, "4 / 7", "0.008"),
       kmrow("Fig. 4b OS, TKI / combination", K$km_class_os2, "11 / 23", "0.024"),
       kmrow("Fig. 4c OS, lenvatinib + PD-1 / other TKI + PD-1", K$km_lenv_vs_other_os2, "not printed", "0.164"),
       kmrow("Fig. 4d OS, lenvatinib + sintilimab / other TKI + PD-1", K$km_ls_vs_other_tki_os2, "not printed", "0.157"),
       kmrow("Fig. 4e OS, lenvatinib + sintilimab / lenvatinib + other PD-1", K$km_ls_vs_lenv_other_os2, "not printed", "0.635"),
       kmrow("Fig. 4f OS, lenvatinib + sintilimab / lenvatinib + camrelizumab", K$km_ls_vs_camrelizumab_os2, "not printed", "0.501"))
at <- function(i, j) 100 * K$km_os$groups[[i]]$at[[j]]$survival
L <- c(L, "", "## Survival rates and follow-up (close)", "", "| Quantity | Paper | Synthetic |", "|---|---|---|",
       sprintf("| OS at 1, 2, 3 years, primary (%%) | 46.3, 22.2, 10.1 | %.1f, %.1f, %.1f |", at(1, 1), at(1, 2), at(1, 3)),
       sprintf("| OS at 1, 2, 3 years, secondary (%%) | 82.3, 59.1, 44.9 | %.1f, %.1f, %.1f |", at(2, 1), at(2, 2), at(2, 3)),
       sprintf("| Median follow-up, reverse KM (95%% CI), months | 23 (21-29) | %.1f (%.1f-%.1f) |",
               out$follow_up$median, out$follow_up$lower, out$follow_up$upper))

t2line <- function(label, pub, syn_pfs, syn_os) {
  sprintf("| %s | %.2f (%.2f-%.2f), %s | %.2f (%.2f-%.2f), %s | %s / %s | %.2f (%.2f-%.2f), %s | %.2f (%.2f-%.2f), %s | %s / %s |",
          label, pub$pfs_hr, pub$pfs_lo, pub$pfs_hi, fp(pub$pfs_p), syn_pfs$hr, syn_pfs$lower, syn_pfs$upper, fp(syn_pfs$p),
          sig(pub$pfs_p), sig(syn_pfs$p),
          pub$os_hr, pub$os_lo, pub$os_hi, fp(pub$os_p), syn_os$hr, syn_os$lower, syn_os$upper, fp(syn_os$p),
          sig(pub$os_p), sig(syn_os$p))
}
C <- out$cox
lab2 <- c(primary = "Primary resistant", tki = "TKI", sapply(rows, `[`, 1))
L <- c(L, "", sprintf("## Table 2: Cox for PFS and OS from second-line start (n = %d; direction and significance)", nrow(s)), "",
       "| Term | Paper PFS HR (95% CI), P | Synthetic | Significant paper / synthetic | Paper OS HR (95% CI), P | Synthetic | Significant paper / synthetic |",
       "|---|---|---|---|---|---|---|", "| *Univariate* | | | | | | |")
for (i in seq_along(t2vars)) L <- c(L, t2line(lab2[[t2vars[i]]], pub_t2[i, ], C$pfs2_efron$univariate[[i]], C$os2_efron$univariate[[i]]))
L <- c(L, sprintf("| *Multivariable (synthetic screened: PFS %s; OS %s)* | | | | | | |",
                  paste(C$pfs2_efron$screened, collapse = ", "), paste(C$os2_efron$screened, collapse = ", ")))
for (i in seq_len(nrow(pub_t2m))) {
  v <- pub_t2m$var[i]
  tp <- Filter(function(t) t$term == v, C$pfs2_efron$multivariable$terms)
  to <- Filter(function(t) t$term == v, C$os2_efron$multivariable$terms)
  na <- list(hr = NA, lower = NA, upper = NA, p = NA)
  L <- c(L, t2line(lab2[[v]], pub_t2m[i, ], if (length(tp)) tp[[1]] else na, if (length(to)) to[[1]] else na))
}
L <- c(L, "", "## Supplementary Table 2: baseline by second-line class (paper: no significant difference)", "",
       "| Row | TKI (n) | Combination (n) | Test | P |", "|---|---|---|---|---|")
for (r in out$supplementary_table2)
  L <- c(L, sprintf("| %s | %d | %d | %s | %s |", if (r$variable == "primary") "Primary resistance" else rows[[r$variable]][1],
                    r$counts[1], r$counts[2], r$test, fp(r$p)))
writeLines(L, file.path(here, "check-output.md"))
cat(L, sep = "\n")
