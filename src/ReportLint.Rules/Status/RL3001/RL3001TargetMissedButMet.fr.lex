# Mots de RL3001 en français (avec Lexicons/fr.lex, chargés avec le français).

# threshold.clause-end : mots qui ne terminent le nom d'aucune mesure. Devant un seuil coché, ils en font une partie de
# phrase, pas le nom d'une mesure donnée par son seuil : « ✅ Répond en <100ms », « ✅ Job pytest avec ≥90% de
# couverture exigée ».
[threshold.clause-end]
en
dans
sous
avec
de
pour
par
