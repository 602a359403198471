"""Forms compiled from ui/*.ui by ui/compile_forms.py; never edited by hand."""
