# Exports the R data sets the reference fixtures use to CSV, so tests read exactly what R read.
# Run from tests/reference: Rscript export-data.R
suppressPackageStartupMessages(library(survival))
out <- function(df, name) {
  write.csv(df, file.path("data", paste0(name, ".csv")), row.names = FALSE, na = "NA")
}
aml2 <- aml; aml2$x <- as.character(aml2$x)
out(aml2, "aml")
out(ovarian, "ovarian")
gbsg2 <- gbsg; out(gbsg2, "gbsg")
rott <- rotterdam; rott$size <- as.character(rott$size); out(rott, "rotterdam")
kid <- kidney; kid$disease <- as.character(kid$disease); out(kid, "kidney")
