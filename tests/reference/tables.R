# Reference values for HccReport.Statistics.Tests (contingency and two-/k-sample tests) and
# HccReport.Statistics.Descriptive. Run from tests/reference: Rscript tables.R
# Writes expected/tables_*.json. Tests: chisq.test (correct = FALSE and TRUE), fisher.test,
# wilcox.test(exact = FALSE, correct = TRUE/FALSE), kruskal.test, t.test (Welch), oneway.test(var.equal = TRUE)
# and anova(lm); descriptives: quantile(type = 7), mean, sd, standardised mean differences by formula.
suppressPackageStartupMessages(library(jsonlite))

versions <- list(R = R.version.string, jsonlite = as.character(packageVersion("jsonlite")))
write_fixture <- function(x, name) {
  x$versions <- versions
  write_json(x, file.path("expected", paste0(name, ".json")),
             digits = NA, auto_unbox = TRUE, na = "null", null = "null", pretty = TRUE)
}

# jsonlite would write Inf as null, indistinguishable from NA; an infinite bound is written as "Inf".
inf_as_text <- function(v) if (is.infinite(v)) (if (v > 0) "Inf" else "-Inf") else v

gbsg <- read.csv("data/gbsg.csv")
rott <- read.csv("data/rotterdam.csv")

# ---- contingency tables -----------------------------------------------------------------------
tables <- list(
  spss_sex_status = matrix(c(15, 7, 21, 29), 2),          # rows sex 1/2, columns status 0/1 (SPSS note 4)
  spss_sparse = matrix(c(20, 2, 47, 3), 2),               # minimum expected count 1.53
  gbsg_hormon_status = unclass(table(gbsg$hormon, gbsg$status)),
  tiny_zero = matrix(c(5, 0, 2, 6), 2),                   # a zero cell: odds ratio estimate is Inf
  tiny_zero_low = matrix(c(0, 5, 6, 2), 2),               # odds ratio estimate is 0
  balanced = matrix(c(3, 3, 3, 3), 2),                    # symmetric null distribution: ties of probabilities
  large = matrix(c(412, 380, 297, 501), 2),
  gbsg_grade_status = unclass(table(gbsg$grade, gbsg$status)),        # 3 x 2
  rott_size_death = unclass(table(factor(rott$size, levels = c("<=20", "20-50", ">50")), rott$death)),  # 3 x 2, n = 2982
  sparse_4x2 = matrix(c(3, 1, 0, 4, 2, 6, 5, 1), 4),       # expected counts below 5
  sparse_2x3 = matrix(c(2, 5, 0, 4, 6, 1), 2),             # 2 x 3, the transposed orientation
  gbsg_grade_meno = unclass(table(gbsg$grade, gbsg$meno)),
  # 10 x 2, second-line regimens by resistance type (flagship): a network too large for FEXACT's default
  # workspace, so this fixture (and only this one) raises it
  regimens_10x2 = matrix(c(1, 0, 7, 9, 21, 7, 8, 2, 5, 3, 3, 3, 7, 9, 45, 22, 5, 6, 7, 14), 10)
)
contingency <- lapply(names(tables), function(nm) {
  x <- tables[[nm]]
  storage.mode(x) <- "double"
  p <- suppressWarnings(chisq.test(x, correct = FALSE))
  out <- list(
    name = nm,
    table = unname(x),
    pearson_statistic = unname(p$statistic), pearson_df = unname(p$parameter), pearson_p = p$p.value,
    expected = unname(p$expected)
  )
  if (all(dim(x) == 2)) {
    y <- suppressWarnings(chisq.test(x, correct = TRUE))
    out$yates_statistic <- unname(y$statistic)
    out$yates_p <- y$p.value
    out$yates_method <- y$method
  }
  if (min(dim(x)) == 2) {
    f <- fisher.test(x, workspace = if (nrow(x) > 4) 2e7 else 200000)
    out$fisher_p <- f$p.value
    if (all(dim(x) == 2)) {
      f90 <- fisher.test(x, conf.level = 0.90)
      out$fisher_estimate <- inf_as_text(unname(f$estimate))
      out$fisher_lower <- inf_as_text(f$conf.int[1])
      out$fisher_upper <- inf_as_text(f$conf.int[2])
      out$fisher_lower90 <- inf_as_text(f90$conf.int[1])
      out$fisher_upper90 <- inf_as_text(f90$conf.int[2])
    }
  }
  out
})
write_fixture(list(cases = contingency), "tables_contingency")

# ---- two- and k-sample tests ------------------------------------------------------------------
ties_x <- c(1, 2, 2, 3, 3, 3, 1, 2, 3, 3, 2, 1)
ties_y <- c(2, 3, 3, 3, 3, 2, 3, 3, 1, 3)
samples <- list(
  gbsg_age_by_status = list(x = gbsg$age[gbsg$status == 0], y = gbsg$age[gbsg$status == 1]),
  gbsg_pgr_by_hormon = list(x = gbsg$pgr[gbsg$hormon == 0], y = gbsg$pgr[gbsg$hormon == 1]),
  rott_nodes_by_death = list(x = rott$nodes[rott$death == 0], y = rott$nodes[rott$death == 1]),
  heavy_ties = list(x = ties_x, y = ties_y),
  small = list(x = c(1.83, 0.50, 1.62, 2.48, 1.68, 1.88, 1.55, 3.06, 1.30), y = c(0.878, 0.647, 0.598, 2.05, 1.06, 1.29, 1.06, 3.14, 1.29))
)
two_sample <- lapply(names(samples), function(nm) {
  s <- samples[[nm]]
  w1 <- wilcox.test(s$x, s$y, exact = FALSE, correct = TRUE)
  w0 <- wilcox.test(s$x, s$y, exact = FALSE, correct = FALSE)
  t <- t.test(s$x, s$y)
  t90 <- t.test(s$x, s$y, conf.level = 0.90)
  list(
    name = nm, x = s$x, y = s$y,
    wilcox_w = unname(w1$statistic), wilcox_p_correct = w1$p.value, wilcox_p_uncorrected = w0$p.value,
    welch_t = unname(t$statistic), welch_df = unname(t$parameter), welch_p = t$p.value,
    welch_lower = t$conf.int[1], welch_upper = t$conf.int[2],
    welch_lower90 = t90$conf.int[1], welch_upper90 = t90$conf.int[2],
    welch_se = unname(t$stderr),
    mean_x = mean(s$x), mean_y = mean(s$y), sd_x = sd(s$x), sd_y = sd(s$y),
    smd = (mean(s$x) - mean(s$y)) / sqrt((var(s$x) + var(s$y)) / 2)
  )
})
write_fixture(list(cases = two_sample), "tables_two_sample")

groupings <- list(
  gbsg_nodes_by_grade = split(gbsg$nodes, gbsg$grade),
  gbsg_size_by_grade = split(gbsg$size, gbsg$grade),
  rott_age_by_size = split(rott$age, factor(rott$size, levels = c("<=20", "20-50", ">50"))),
  heavy_ties = list(c(1, 2, 2, 3, 3), c(3, 3, 3, 2, 1, 1), c(2, 2, 3, 3, 3, 3, 1))
)
k_sample <- lapply(names(groupings), function(nm) {
  g <- groupings[[nm]]
  values <- unlist(g, use.names = FALSE)
  group <- factor(rep(seq_along(g), lengths(g)))
  k <- kruskal.test(values, group)
  o <- oneway.test(values ~ group, var.equal = TRUE)
  a <- anova(lm(values ~ group))
  list(
    name = nm, groups = lapply(g, unname),
    kruskal_statistic = unname(k$statistic), kruskal_df = unname(k$parameter), kruskal_p = k$p.value,
    anova_f = unname(o$statistic), anova_df1 = unname(o$parameter[1]), anova_df2 = unname(o$parameter[2]),
    anova_p = o$p.value,
    lm_ss_between = a[["Sum Sq"]][1], lm_ss_within = a[["Sum Sq"]][2], lm_f = a[["F value"]][1], lm_p = a[["Pr(>F)"]][1]
  )
})
write_fixture(list(cases = k_sample), "tables_k_sample")

# ---- descriptives -----------------------------------------------------------------------------
probs <- c(0, 0.1, 0.25, 0.5, 0.75, 0.9, 1, 0.333, 0.999)
vectors <- list(
  gbsg_pgr = gbsg$pgr,
  gbsg_age = gbsg$age,
  small = c(3.2, -1, 7.5, 0, 2.25, 2.25, 10),
  single = c(42),
  pair = c(1, 4)
)
descriptive <- lapply(names(vectors), function(nm) {
  v <- vectors[[nm]]
  list(name = nm, values = v, probs = probs, quantiles = unname(quantile(v, probs, type = 7)),
       mean = mean(v), sd = if (length(v) > 1) sd(v) else NA)
})
# Binary standardised difference: (p1 - p2) / sqrt((p1 (1 - p1) + p2 (1 - p2)) / 2).
bin_smd <- function(a, b) { p1 <- mean(a); p2 <- mean(b); (p1 - p2) / sqrt((p1 * (1 - p1) + p2 * (1 - p2)) / 2) }
binary <- list(
  list(name = "gbsg_meno_by_hormon", x = gbsg$meno[gbsg$hormon == 0], y = gbsg$meno[gbsg$hormon == 1]),
  list(name = "rott_chemo_by_death", x = rott$chemo[rott$death == 0], y = rott$chemo[rott$death == 1])
)
binary <- lapply(binary, function(b) c(b, list(smd = bin_smd(b$x, b$y), p1 = mean(b$x), p2 = mean(b$y))))
write_fixture(list(cases = descriptive, binary = binary), "tables_descriptive")
