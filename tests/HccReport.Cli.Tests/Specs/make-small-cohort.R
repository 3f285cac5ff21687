# Writes small-cohort.csv, the data of small-cohort.yaml: 80 invented patients for the reproducibility and
# privacy tests of the command line. Run from this folder: Rscript make-small-cohort.R
# The file is built to exercise what the flagship does not: German-style dates (dd.MM.yyyy), decimals,
# Roman-numeral stages full of capital I (Turkish casing), non-ASCII labels, continuous baseline rows,
# small groups and exclusion reasons with fewer than 10 patients (for suppress_below), rows without
# follow-up (warnings that name patient ids) and a cell that is not a number (on_bad_cell: missing), whose
# text must reach no output.
set.seed(20251125)
n <- 80
id <- sprintf("SC-%03d", seq_len(n))
site <- sample(c("IST", "DUS"), n, replace = TRUE, prob = c(0.55, 0.45))
sex <- sample(c("M", "F"), n, replace = TRUE, prob = c(0.7, 0.3))
age <- round(rnorm(n, 62, 10))
afp <- round(exp(rnorm(n, 4, 2)), 2)
afp[sample(n, 5)] <- NA
albumin <- round(rnorm(n, 37, 4.5), 1)
stage <- sample(c("I", "II", "III", "IV"), n, replace = TRUE, prob = c(0.25, 0.35, 0.3, 0.1))
treatment <- sample(c("A", "B"), n, replace = TRUE)
prior_tumour <- rep("no", n); prior_tumour[c(7, 31, 58)] <- "yes"
consent <- rep("yes", n); consent[c(12, 44, 63, 77)] <- "no"

start <- as.Date("2018-01-01") + sample(0:900, n, replace = TRUE)
rate <- 1 / 540 * ifelse(treatment == "B", 0.6, 1) * c(I = 0.6, II = 0.9, III = 1.3, IV = 2.2)[stage]
death <- round(rexp(n, rate)) + 20
progression <- round(death * runif(n, 0.3, 0.9))
dropout <- round(rexp(n, 1 / 1500)) + 30
end <- as.Date("2021-12-31")
follow <- pmin(death, dropout, as.numeric(end - start))
dead <- death <= pmin(dropout, as.numeric(end - start))
progressed <- progression <= follow
progression_date <- start + progression
progression_date[!progressed] <- NA
fmt <- function(d) ifelse(is.na(d), "", format(d, "%d.%m.%Y"))
last_contact <- fmt(start + follow)
last_contact[c(5, 50)] <- ""   # no follow-up recorded: these rows leave the survival analyses with a warning naming them

afp_text <- ifelse(is.na(afp), "NA", sprintf("%.2f", afp))
afp_text[20] <- "pending-lab-4417"

out <- data.frame(
  id = id, site = site, sex = sex, age = age, afp = afp_text,
  albumin = sprintf("%.1f", albumin), stage = stage, treatment = treatment,
  prior_tumour = prior_tumour, consent = consent,
  start_date = fmt(start), progression_date = fmt(progression_date),
  last_contact = last_contact, status = ifelse(dead, "Dead", "Alive"))
write.csv(out, "small-cohort.csv", row.names = FALSE, quote = FALSE)
