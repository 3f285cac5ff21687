# The R pipeline that the flagship render is timed against: the same cohort, the same Kaplan-Meier
# figures (survminer, with risk tables, PNG at 300 dpi) and the same Cox, logistic and Table 1 numbers,
# written to a folder. Timed cold, R start to last file, by bench/flagship.sh.
# Usage: Rscript bench/flagship.R OUT_DIR
suppressPackageStartupMessages({ library(survival); library(survminer); library(ggplot2) })
args <- commandArgs(trailingOnly = TRUE)
out <- args[1]
dir.create(out, showWarnings = FALSE, recursive = TRUE)
here <- local({
  a <- commandArgs(trailingOnly = FALSE)
  dirname(normalizePath(sub("^--file=", "", a[grep("^--file=", a)])))
})
root <- normalizePath(file.path(here, ".."))
source(file.path(root, "tests", "reference", "flagship", "cohort.R"))
cohort <- read_cohort(file.path(root, "config", "lenvatinib-cohort-synthetic.csv"))
a <- cohort$a; s <- cohort$s; rows <- cohort$rows

# Table 1: n (%) per group, chi-square, univariate odds ratio of primary resistance
table1 <- do.call(rbind, lapply(names(rows), function(v) {
  tab <- table(a[[v]], a$resistance)
  fit <- glm(a$primary ~ a[[v]], family = binomial)
  ci <- exp(confint.default(fit)[2, ])
  data.frame(variable = v, primary = tab["1", "Primary"], secondary = tab["1", "Secondary"],
             or = exp(coef(fit)[2]), lower = ci[1], upper = ci[2],
             p = suppressWarnings(chisq.test(tab, correct = FALSE))$p.value)
}))
write.csv(table1, file.path(out, "table1.csv"), row.names = FALSE)

# Multivariable logistic model of the screened covariates
screened <- table1$variable[table1$p <= 0.05]
logit <- glm(reformulate(screened, "primary"), family = binomial, data = a)
write.csv(cbind(or = exp(coef(logit)), exp(confint.default(logit))), file.path(out, "logistic.csv"))

# Table 2: univariate and multivariable Cox models after the second line (Efron ties)
covs <- c("primary", "tki", setdiff(names(rows), c("splenomegaly_yes", "ast_gt40")))
for (ep in list(c("pfs2", "pfs2_event"), c("os2", "dead"))) {
  uni <- do.call(rbind, lapply(covs, function(v) {
    f <- coxph(as.formula(paste0("Surv(", ep[1], ", ", ep[2], ") ~ ", v)), data = s)
    data.frame(term = v, hr = exp(coef(f)), lower = exp(confint(f))[1], upper = exp(confint(f))[2],
               p = summary(f)$coefficients[, 5])
  }))
  keep <- uni$term[uni$p <= 0.05]
  multi <- coxph(as.formula(paste0("Surv(", ep[1], ", ", ep[2], ") ~ ", paste(keep, collapse = " + "))), data = s)
  write.csv(uni, file.path(out, paste0("cox_", ep[1], "_univariate.csv")), row.names = FALSE)
  write.csv(summary(multi)$conf.int, file.path(out, paste0("cox_", ep[1], "_multivariable.csv")))
}

# The Kaplan-Meier figures of Figures 2-4 and Supplementary Figure 1, with risk tables
km <- function(name, data, time, event, by) {
  data$t <- data[[time]]; data$e <- data[[event]]; data$g <- data[[by]]
  fit <- surv_fit(Surv(t, e) ~ g, data = data)
  p <- ggsurvplot(fit, data = data, risk.table = TRUE, pval = TRUE, conf.int = FALSE,
                  surv.median.line = "hv", break.time.by = 6, xlab = "Months")
  png(file.path(out, paste0(name, ".png")), width = 16, height = 14, units = "cm", res = 300)
  print(p)
  invisible(dev.off())
  write.csv(surv_median(fit), file.path(out, paste0(name, ".csv")), row.names = FALSE)
}
s$sint <- s$lenv_sint
km("km_os", a, "os", "dead", "resistance")
km("km_pfs", a, "pfs", "pfs_event", "resistance")
km("km_os_second_line", s, "os", "dead", "resistance")
km("km_pfs2", s, "pfs2", "pfs2_event", "resistance")
km("km_os2", s, "os2", "dead", "resistance")
for (sub in list(c("tki", "TKI"), c("combination", "Combination"))) {
  d <- s[s$regimen == sub[2], ]
  km(paste0("km_", sub[1], "_pfs2"), d, "pfs2", "pfs2_event", "resistance")
  km(paste0("km_", sub[1], "_os2"), d, "os2", "dead", "resistance")
}
d <- s[s$sint, ]
km("km_lenvatinib_sintilimab_pfs2", d, "pfs2", "pfs2_event", "resistance")
km("km_lenvatinib_sintilimab_os2", d, "os2", "dead", "resistance")
km("km_regimen_pfs2", s, "pfs2", "pfs2_event", "regimen")
km("km_regimen_os2", s, "os2", "dead", "regimen")
comb <- s[s$regimen == "Combination", ]
comb$lenv <- ifelse(comb$second_line_tki == "Lenvatinib", "Lenvatinib + PD-1", "Other TKI + PD-1")
km("km_lenvatinib_vs_other_tki_os2", comb, "os2", "dead", "lenv")
d <- comb[comb$sint | comb$second_line_tki != "Lenvatinib", ]; d$arm <- ifelse(d$sint, "Lenvatinib + sintilimab", "Other")
km("km_sintilimab_vs_other_tki_os2", d, "os2", "dead", "arm")
d <- comb[comb$second_line_tki == "Lenvatinib", ]; d$arm <- ifelse(d$second_line_pd1 == "Sintilimab", "Sintilimab", "Other PD-1")
km("km_sintilimab_vs_lenvatinib_other_os2", d, "os2", "dead", "arm")
d <- d[d$second_line_pd1 %in% c("Sintilimab", "Camrelizumab"), ]
km("km_sintilimab_vs_camrelizumab_os2", d, "os2", "dead", "second_line_pd1")
