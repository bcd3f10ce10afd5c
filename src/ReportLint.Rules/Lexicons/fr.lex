# Mots français que ReportLint comprend. Une expression par ligne sous sa [section].
# Les expressions sont normalisées au chargement : casse et accents n'importent pas.
language = fr

[total]
total
totaux
total général
somme
cumul

[subtotal]
sous-total
sous total

[target]
objectif
cible
seuil
attendu

[column.target]
objectif
cible
seuil
attendu
valeur cible

[column.result]
résultat
résultats
réel
réalisé
mesuré
obtenu
valeur
actuel

[column.status]
statut
état

[column.unit]
unité
unités

[status.met]
terminé
terminée
terminés
complété
complétée
complet
complète
validé
validée
validés
validées
atteint
atteinte
atteints
réussi
réussie
réussis
conforme

[status.failed]
échoué
échec
non atteint
non atteinte
raté

[status.pending]
en attente
en cours
à faire
non exécuté
non exécutés
planifié
bloqué
à venir

[status.partial]
partiel
partielle
partiellement

[direction.lower]
latence
temps de réponse
taux d'erreur
erreurs
erreur
indisponibilité
incidents
durée
mémoire
coût

[direction.higher]
couverture
débit
disponibilité
taux de réussite
score

[unit.h]
heure
heures

[unit.min]
minute
minutes

[unit.s]
seconde
secondes

[unit.d]
j
jour
jours

[unit.lines]
lignes

[placeholder.email]
votre
vous
domaine
exemple
entreprise
nom
courriel

[placeholder.marker]
à compléter
à définir

# Mots du titre d'un rapport qui le disent définitif.
[report.final]
final
finale
rapport final
définitif
définitive
finalisé
finalisée

[absolute.tests]
100% de réussite => réussis
100% réussis => réussis
100% des tests passent => réussis
tous les tests passent
tous les tests réussis
tous les seuils respectés

[absolute.other]
100% de couverture
couverture de 100%
100% production-ready
100% conforme
100% de conformité
100% de disponibilité
0 vulnérabilité
0 vulnérabilités
aucune vulnérabilité
zéro vulnérabilité
zéro interruption
aucune interruption
protection contre toutes les attaques
toutes les attaques bloquées
bloque toutes les attaques

[absolute.capability]
permet
prend en charge
supporte
vise
objectif

[hype]
signé et approuvé
signé par
signé :
certifié
certifiée
certifié le
certification de conformité
validé par
de classe mondiale
niveau entreprise
qualité entreprise
plus hauts standards
meilleurs standards

[authority]
iso
soc 2
pci
hds
anssi
secnumcloud
cnil
audit externe
auditeur
tierce partie
organisme

[date.label]
date
date du rapport
mis à jour
mise à jour
dernière mise à jour

[hype.over-target]
des objectifs
de l'objectif
des cibles

[hype.self-assessed]
100% des critères
signé:

[completion]
terminé
terminée
terminés
complet
complète
complété
complétée
achevé
achevée
fini
finie
avancement

[completion.state]
terminé
terminée
terminés
complet
complète
complété
complétée
achevé
achevée
fini
finie

[completion.negation]
pas
non
à être
reste à
restant

[completion.overall]
global
globale
avancement global
au total

[status.contradicts-met]
partiel => ⚠️
partielle => ⚠️
partiellement => ⚠️
en attente => ⏳
en cours => ⏳
non exécuté => ⏳
non exécutés => ⏳
non déployé => ⏳
non implémenté => ⏳
à faire => ⏳
reste à => ⏳
pas encore => ⏳

[change]
meilleur
meilleure
plus rapide
amélioration
gain
réduction
de mieux
au-dessus de l'objectif

[metric.security-score]
score sécurité
score de sécurité
note de sécurité

[metric.security-headers]
en-têtes de sécurité
headers de sécurité

[metric.test-coverage]
couverture
couverture de tests
couverture de code
couverture des tests

[metric.availability]
disponibilité

[metric.error-rate]
taux d'erreur
taux d'erreurs

[metric.throughput]
débit

[metric.response-time]
temps de réponse
temps de réponse moyen

[stopword]
le
la
les
de
du
des
d'
l'

[period]
semaine
sprint
phase
jour
mois
trimestre
jalon
itération
version
avant
après

[tested]
testé
testés
test
tests
tests de performance
tests de charge
test de charge
benchmark

[capacity]
jusqu'à
supporte
gère
capacité
simultanés
simultanées
concurrents

[capacity.ignore]
test
tests
fichier
fichiers
ligne
lignes
élément
éléments
étape
étapes
point
points
module
modules
jour
jours
heure
heures
semaine
semaines
service
services
page
pages
scénario
scénarios

[count.passed]
réussis
réussi
passés
succès

[count.failed]
échoués
échoué
échecs
erreurs

[count.total]
total
total des tests
tests exécutés

[headline.deployed]
déploiement en production réussi
déployé en production
déployée en production
en production
mise en production réussie

[next-step]
prochaine étape
prochaines étapes
reste à faire
étape suivante

[action.deploy]
déployer
déploiement
mise en production
mettre en production

[headline.nothing-blocking]
aucun bloquant
aucun point bloquant
rien de bloquant
aucun élément bloquant
tous les éléments critiques terminés

[remaining]
reste à faire
restant
restants
ce qui reste
points ouverts
bloquants

# Le rôle d'une valeur d'après les mots qui la précèdent dans sa proposition (modèle des faits).
[role.actual]
réalisé
réel
mesuré
obtenu
actuel
résultat

[role.target]
cible
seuil
attendu
valeur cible

[role.goal]
objectif
but
viser
visée
visé
ambition

[role.before]
avant
auparavant
initialement
était

[role.after]
après
désormais

[role.projected]
une fois déployé
une fois déployée
sera
projeté
prévision

[role.estimate]
estimé
estimée
estimation

[role.example]
par exemple
exemple
ex.

# Une proposition niée ou seulement possible n'affirme rien.
[stance.negation]
pas
jamais
aucun
aucune
personne
rien

[stance.modal]
peut
peuvent
pourrait
pourraient
devrait
devraient
doit
doivent
vise
visée
visé
viser
souhaite
espère

# Choses qu'un rapport compte (« 4 tables », « (3 fichiers) ») : un tel compte se vérifie sur les éléments
# énumérés avec lui (RL2005). Pluriel et singulier.
[count.noun]
table
tables
fichier
fichiers
api
apis
endpoint
endpoints
module
modules
agent
agents
test
tests
service
services
page
pages
modèle
modèles
composant
composants
route
routes
écran
écrans
profil
profils
document
documents
amélioration
améliorations
fonctionnalité
fonctionnalités
script
scripts
en-tête
en-têtes
tâche
tâches
étape
étapes
niveau
niveaux
gabarit
gabarits
migration
migrations
correction
corrections
correctif
correctifs

# Mots entre parenthèses après un compte qui en donnent quelques-uns, pas tous : « 13 canaux (dont Slack, e-mail) ».
[count.example]
par ex.
par exemple
ex.
notamment
dont
comme
tels que
telles que
entre autres
y compris
etc
...
…

# Clé dont le compte est celui des tâches ouvertes au-dessus : « **Restant : 12 tâches** ».
[count.open]
restant
restants
restantes
reste
reste à faire
à faire
tâches restantes

# Libellé d'une ligne de tableau qui donne un chiffre d'ensemble des lignes au-dessus : leur somme ou leur moyenne (RL2001).
[overall]
global
globale
moyenne
ensemble
score global
score total
note globale
note finale

# Colonne qui pondère les lignes : un total sur elles n'est ni une somme ni une moyenne.
[column.weight]
poids
pondération
coefficient
coef

# Clé d'une ligne qui dit où en est le travail (« Avancement : 85 % »), vérifiée sur la liste juste au-dessus (RL2003).
[progress.key]
avancement
état d'avancement
taux d'avancement
complétion
taux de complétion
progression
