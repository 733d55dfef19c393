"""Model: cross-validated quality of the stance model and its strongest features per label.

Everything shown comes from the loaded model file: the cross-validation report that
`stance train` stored in it, and its coefficients. Nothing is refitted here."""

from __future__ import annotations

import streamlit as st

from dashboard import charts, markup, state
from stance.label import explain

state.sidebar()
st.title("Model")
model, error = state.load_model()
if model is None:
    st.error(f"The stance model could not be loaded: {markup.escape_markdown(error)}")
    st.stop()

training = model.training
report = model.cv
counts = ", ".join(f"{k}: {v}" for k, v in training.get("label_counts", {}).items())
st.caption(f"Lexicon + VADER + TF-IDF logistic regression, trained on {training.get('n_rows', '?')} labelled quotes "
           f"({markup.escape_markdown(counts)}).")

if report is None:
    st.warning("This model file carries no cross-validation report: retrain it with `stance train` "
               "(which stores one) to see its scores here.")
else:
    st.caption(f"Scores below are {report['n_splits']}-fold stratified cross-validation on that training data "
               f"(out-of-fold predictions pooled, seed {report['seed']}), not on the articles.")
    cols = st.columns(2 + len(report["labels"]))
    cols[0].metric("Macro-F1", f"{report['macro_f1']:.3f}", help="Mean of the per-label F1 scores.")
    cols[1].metric("Accuracy", f"{report['accuracy']:.3f}")
    for col, label in zip(cols[2:], report["labels"]):
        col.metric(f"F1 {label}", f"{report['per_class'][label]['f1']:.3f}")

    left, right = st.columns(2)
    with left:
        st.subheader("Per label")
        st.caption("Precision: of the quotes given this label, the share that had it. Recall: of the quotes with "
                   "this label, the share found. Support: quotes with this label.")
        st.dataframe(explain.per_class_frame(report["per_class"]), hide_index=True,
                     column_config={c: st.column_config.NumberColumn(format="%.3f") for c in ("precision", "recall", "f1")})
    with right:
        st.subheader("Confusion matrix")
        st.caption("Rows: the true label; columns: the model's prediction; cells count training quotes.")
        st.plotly_chart(charts.confusion_heatmap(explain.confusion_frame(report["labels"], report["confusion"])),
                        key="chart_confusion")

st.subheader("Strongest features per label")
st.caption("Weight = the feature's pull toward the label: its logistic-regression coefficient, centred over the "
           "labels. Lexicon features are the per-label lexicon score (`lex:`) and hit count (`lexcount:`) and the "
           "VADER sentiment scores (`vader:`); n-grams are TF-IDF words and word pairs (`word:`). "
           "Only features pulling toward the label are listed.")
top = explain.top_coefficients(model, n=12)
tabs = st.tabs([label.capitalize() for label in model.classes])
for tab, label in zip(tabs, model.classes):
    with tab:
        parts = st.columns(2)
        for part, (group, title) in zip(parts, (("lexicon", "Lexicon and VADER features"), ("n-gram", "n-grams"))):
            weights = top[(top["label"] == label) & (top["group"] == group)]
            with part:
                st.markdown(f"**{title}**")
                if weights.empty:
                    st.caption("none with a positive weight")
                else:
                    st.plotly_chart(charts.coefficients(weights, label), key=f"coef_{label}_{group}")
