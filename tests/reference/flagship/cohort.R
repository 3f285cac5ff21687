# Reads the lenvatinib cohort CSV and derives what config/lenvatinib.yaml derives: the flow of Figure 1,
# the included patients with resistance type, endpoints in months (days / 30.4375) and the 0/1 rows of
# Table 1. Sourced by check.R (the committed comparison) and tune.R (the seed search).
read_cohort <- function(csv) {
  d <- read.csv(csv, na.strings = "", stringsAsFactors = FALSE)
  dpm <- 30.4375
  dates <- c("lenvatinib_start", "first_evaluation_date", "progression_date", "second_line_start",
             "second_progression_date", "last_contact_date")
  for (v in dates) d[[v]] <- as.Date(d[[v]])
  months <- function(a, b) as.numeric(b - a) / dpm

  # ---- Figure 1: inclusion criteria, then exclusion reasons counted under the first that applies ----
  ok <- function(x) !is.na(x) & x
  include <- list(
    "HCC diagnosed on imaging"          = ok(d$imaging_diagnosis == "Yes"),
    "Child-Pugh class A or B"           = ok(d$child_pugh != "C"),
    "At least one measurable lesion"    = ok(d$measurable_lesions >= 1),
    "Imaging within 3 months"           = ok(months(d$lenvatinib_start, d$first_evaluation_date) <= 3))
  exclude <- list(
    "Other primary tumours"             = ok(d$other_primary_tumour == "Yes"),
    "Immune monotherapy"                = ok(d$second_line_class == "PD-1 monotherapy"),
    "Not taking medication as prescribed" = ok(d$lenvatinib_adherence == "Non-adherent"),
    "Death within one month"            = ok(d$vital_status == "Dead" & months(d$lenvatinib_start, d$last_contact_date) <= 1),
    "No HBV/HCV infection"              = ok(d$hepatitis_virus == "None"),
    "Lenvatinib intolerance"            = ok(d$lenvatinib_intolerance == "Yes"),
    "Missing follow-up data"            = is.na(d$last_contact_date))
  remaining <- rep(TRUE, nrow(d)); flow <- list()
  for (nm in names(include)) { n <- sum(remaining & !include[[nm]]); flow[[paste("not meeting:", nm)]] <- n; remaining <- remaining & include[[nm]] }
  for (nm in names(exclude)) { n <- sum(remaining & exclude[[nm]]); flow[[nm]] <- n; remaining <- remaining & !exclude[[nm]] }
  a <- d[remaining, ]

  # ---- Derived variables, as config/lenvatinib.yaml derives them ----
  a$resistance <- factor(ifelse(months(a$lenvatinib_start, a$progression_date) <= 3, "Primary", "Secondary"),
                         levels = c("Primary", "Secondary"))
  a$primary <- as.integer(a$resistance == "Primary")
  a$dead <- as.integer(a$vital_status == "Dead")
  a$os <- months(a$lenvatinib_start, a$last_contact_date)
  a$pfs <- months(a$lenvatinib_start, a$progression_date)
  a$pfs_event <- as.integer(!is.na(a$progression_date))
  a$sl <- !is.na(a$second_line_start)
  a$pfs2 <- ifelse(is.na(a$second_progression_date), months(a$second_line_start, a$last_contact_date),
                   months(a$second_line_start, a$second_progression_date))
  a$pfs2_event <- as.integer(!is.na(a$second_progression_date) | a$vital_status == "Dead")
  a$os2 <- months(a$second_line_start, a$last_contact_date)
  a$tki <- as.integer(a$second_line_class == "TKI")
  a$lenv_sint <- ok(a$second_line_tki == "Lenvatinib" & a$second_line_pd1 == "Sintilimab")
  rows <- list(
    age_gt50 = c("Age>50, years", "age > 50"), male = c("Male sex", "sex == 'Male'"),
    diabetes_yes = c("Diabetes", "diabetes == 'Yes'"), hypertension_yes = c("Hypertension", "hypertension == 'Yes'"),
    smoking_yes = c("Smoking", "smoking == 'Yes'"), drinking_yes = c("Drinking", "drinking == 'Yes'"),
    hbv = c("HBV", "hepatitis_virus == 'HBV'"), vascular_invasion_yes = c("Vascular invasion", "vascular_invasion == 'Yes'"),
    extrahepatic_yes = c("Extrahepatic metastasis", "extrahepatic_metastasis == 'Yes'"),
    portal_hypertension_yes = c("Portal hypertension", "portal_hypertension == 'Yes'"),
    splenomegaly_yes = c("Splenomegaly", "splenomegaly == 'Yes'"), cirrhosis_yes = c("Cirrhosis", "cirrhosis == 'Yes'"),
    afp_gt400 = c("AFP>400ng/mL", "afp_ng_ml > 400"), alt_gt40 = c("ALT>40U/L", "alt_u_l > 40"),
    ast_gt40 = c("AST>40U/L", "ast_u_l > 40"), size_gt5 = c("Tumor size>5cm", "tumour_size_cm > 5"),
    child_b = c("Child, B stage", "child_pugh == 'B'"), bclc_c = c("BCLC, C stage", "bclc == 'C'"))
  for (v in names(rows)) a[[v]] <- as.integer(with(a, eval(parse(text = rows[[v]][2]))))
  s <- a[a$sl, ]
  s$regimen <- factor(ifelse(s$tki == 1, "TKI", "Combination"), levels = c("TKI", "Combination"))
  list(d = d, flow = flow, a = a, s = s, rows = rows)
}
