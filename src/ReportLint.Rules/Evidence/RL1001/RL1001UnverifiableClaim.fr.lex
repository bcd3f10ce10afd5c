# RL1001's French words (with Lexicons/fr.lex, loaded when French is).

# Rates of the tests a report counts: "**Taux de réussite** : 100 %" after "171/171 tests réussis". The count of tests
# in the same list, table or block backs the rate.
[claim.metric.of-tests]
taux de réussite
taux de succès
taux de réussite des tests

# États dits entiers par un seul chiffre : « 100% fonctionnelle », « Fonctionnalité : 100% opérationnelle ». Pas après
# « entièrement » ni « tous » : « entièrement fonctionnel » décrit, il ne mesure rien.
[claim.metric.high-figure]
fonctionnel
fonctionnelle
fonctionnels
fonctionnelles
opérationnel
opérationnelle
opérationnels
opérationnelles

# Ce que compte un analyseur de dépendances (common.lex, evidence.scanner) : « 0 vulnérabilité » reprend l'analyse que
# le rapport montre (« | npm audit | 0 vulnérabilité | ✅ | »), comme « tous les tests passent » reprend « 171/171 ».
[claim.scanned]
vulnérabilité
vulnérabilités
vulnérabilité critique
vulnérabilités critiques
vulnérabilités connues
cve

# RL1001 : un résultat mesuré garanti (« 60 FPS garanti », « garantissant 99 %+ de succès ») : les mots qui garantissent,
# et ce qu'un rapport garantit comme résultat en plus d'un chiffre ou d'une mesure de performance (perf.metric).
[claim.guarantee]
garanti
garantie
garantis
garanties
garantit
garantissant
garantissent

# Une forme du verbe dont le sujet le précède (« 51 tests migration garantissent robustesse ») : ce qu'elle garantit
# vient après elle (« garantissant 99%+ de succès »), un chiffre avant elle est son sujet.
[claim.guarantee.active]
garantit
garantissent
garantissant

[claim.guarantee.object]
objectifs
objectif
résultats
succès
fiabilité

# Une durée qui règle un comportement, non une mesure : « Anti-rebond (300 ms) », « Délai d'expiration : 30 s », « TTL
# du cache : 5 min ». Pas « délai » seul, qui nomme aussi une mesure (« délai de réponse »).
[perf.setting]
anti-rebond
debounce
throttling
limitation de débit
timeout
délai d'expiration
délai d’expiration
délai d'attente
délai d’attente
ttl
intervalle
scrutation
polling
expiration
temporisation

# Les gravités que le nom d'une affirmation prend après lui (« 0 vulnérabilité critique », « aucune vulnérabilité
# critique ou élevée ») : elles font partie de l'affirmation, que le message cite entière (issue 49 : un message qui les
# retranche rend l'affirmation absolue).
[claim.severity]
critique
critiques
élevée
élevées
élevé
élevés
haute
hautes
majeure
majeures
majeur
majeurs
bloquante
bloquantes
bloquant
bloquants
grave
graves

# Ce qui joint deux gravités : « critique ou élevée ».
[claim.severity.joint]
ou
et

# Ce qui se tient entre une affirmation de conformité et sa norme : « 100% conforme au RGPD ».
[claim.standard.joint]
au
aux
à
avec
