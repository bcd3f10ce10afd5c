# Les mots français de RL3002 (avec Lexicons/fr.lex, chargés avec le français).

# Un mot juste après une marque de travail fait qui dit qu'un problème est corrigé (« | Export non implémenté | ✅
# CORRIGÉ | », « ✅ Résolu : la synchro ne marchait pas ») : la ligne nomme le problème que la marque dit disparu.
[status.fixed]
corrigé
corrigée
corrigés
corrigées
résolu
résolue
résolus
résolues

# Les mots qui, juste avant un mot de [status.contradicts-met], lui font nommer les choses dont traite le travail de la
# ligne (« ✅ Cancel buttons visible for pending requests ») : aucun en français, où l'état suit son nom (« pour les
# demandes en attente »).
[status.contradicts-met.preposition]
