"""Page models, taxonomy and commands of the Inovasi Koperasi portal."""
